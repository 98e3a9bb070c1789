import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import { HOSTILE, hostileProject, NOW, sampleProject } from './fixtures/projects.js';
import { DEFAULT_REPORT_OPTIONS } from './options.js';
import { CSV_COLUMNS, csvCell, renderCsv, UTF8_BOM } from './render-csv.js';

/**
 * A strict RFC 4180 reader: records end with CRLF, a quoted field may hold anything with quotes
 * doubled, an unquoted field may not hold a quote, CR or LF. Throws on anything else, so a
 * writer bug shows up as a parse error rather than a quietly shifted column.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n"]|$/.exec(text.slice(i))!;
      if (m[0] === '"' || m[0] === '\n') throw new Error(`bad character in unquoted field at ${i + m.index}`);
      field = text.slice(i, i + m.index);
      i += m.index;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}`);
  }
}

const sample = sampleProject();
const csv = renderCsv(buildReport(sample.project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW }));
const rows = parseCsv(csv.slice(1));
const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('renderCsv', () => {
  it('starts with a UTF-8 BOM, then a header, then CRLF-terminated records', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS).toEqual([
      ...['Claim number', 'Claim', 'Verdict', 'Stance', 'Weight', 'Quote', 'Highlight note', 'Link note', 'Article title', 'Source', 'Date', 'URL', 'Paragraph', 'Page'],
      ...['Independent origins', 'Origin', 'Source reliability', 'Information credibility', 'Suggested rating'],
    ]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('has one row per claim and passage, and one bare row for a claim without evidence', () => {
    // 3 + 4 + 2 + 1 passages, and claim 3 with none.
    expect(rows).toHaveLength(1 + 3 + 4 + 2 + 1 + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '1', '1', '2', '2', '2', '2', '2.1', '2.1', '2.2', '3']);
    const bare = rows.at(-1)!;
    expect(bare.slice(0, 3)).toEqual(['3', 'The plant is carbon neutral', 'Unrated']);
    expect(bare.slice(3, col('Independent origins')).every((x) => x === '')).toBe(true);
    expect(bare.slice(col('Independent origins'))).toEqual(['0', '', '', '', 'No support (suggested)']);
  });

  it('fills the evidence columns from the report', () => {
    const refute = rows.find((r) => r[col('Stance')] === 'Refutes')!;
    expect(refute.slice(0, col('Independent origins'))).toEqual(['1', 'The brine outfall harms crab catches', 'Weak', 'Refutes', '2', 'Fishers blame warmer water, not the outfall.', '', 'Survey contradicts it.', 'Crab catches fall', 'Coastal Review', '2025-12-01', '', '3', '2']);
    // Without origin detection each article is its own origin, named by its source; nothing graded here.
    expect(refute.slice(col('Independent origins'), col('Suggested rating'))).toEqual(['1', 'Coastal Review', '', '']);
    const removed = rows.find((r) => r[col('Quote')] === 'the tariff will rise 9%')!;
    expect(removed[col('Article title')]).toBe('Council press release (article removed)');
    expect(removed[col('Paragraph')]).toBe('');
    expect(rows.some((r) => r[col('Quote')] === 'desalination plant 🏭 at Port Aldren 🇬🇧')).toBe(true);
    expect(rows.some((r) => r[col('Article title')] === 'تقرير المياه')).toBe(true);
  });
});

describe('renderCsv: hostile text', () => {
  const hostile = hostileProject();
  const out = renderCsv(buildReport(hostile.project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW }));
  const records = parseCsv(out.slice(1)).slice(1);

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const claims = records.map((r) => r[col('Claim')]);
    expect(claims).toContain(`'${HOSTILE.formula}`);
    expect(claims).toContain(`'${HOSTILE.minus}`);
    expect(records.map((r) => r[col('Highlight note')])).toContain(`'${HOSTILE.plus}`);
    expect(records.map((r) => r[col('Link note')])).toContain(`'${HOSTILE.at}`);
    expect(records.map((r) => r[col('Quote')])).toContain(`'${HOSTILE.formula}, then 👩🏽‍🔬 and 🇯🇵.`);
  });

  it('leaves other cells exactly as written, commas, quotes and line breaks included', () => {
    const c1 = records.find((r) => r[col('Claim number')] === '1')!;
    expect(c1[col('Claim')]).toBe(`${HOSTILE.img} ${HOSTILE.emphasis}`);
    expect(c1[col('Quote')]).toBe(`It said ${HOSTILE.textarea} here.`);
    expect(c1[col('URL')]).toBe('javascript:alert(7)');
    const c3 = records.find((r) => r[col('Claim number')] === '2')!;
    expect(c3[col('Link note')]).toBe(`a, "quoted", b\nsecond line ${HOSTILE.table}`);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@A1', `"'@A1"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("u")', `"'=HYPERLINK(""u"")"`],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers and empty cells', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });
});
