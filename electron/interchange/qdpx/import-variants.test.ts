import { describe, expect, it } from 'vitest';
import { addImportedItems } from '../../../shared/interchange/imported-items.js';
import { Article, Highlight } from '../../../shared/model.js';
import { normalizeText } from '../../../shared/text/normalize.js';
import { readQdpx } from './import-qdpx.js';
import { emptyProject, zipOf } from './test-qdpx.js';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const stamp = () => {
  let n = 0;
  return { author: 'Importer', now: '2026-03-01T00:00:00.000Z', newId: () => `id${++n}` };
};
const project = (body: string, attrs = 'name="P" origin="Some QDA tool 1.0"') => `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" ${attrs}>${body}</Project>`;
const sel = (start: number, end: number, codes: number[], extra = '') => `<PlainTextSelection guid="${G(900 + start)}" startPosition="${start}" endPosition="${end}"${extra}>${codes.map((c, i) => `<Coding guid="${G(800 + start * 10 + i)}"><CodeRef targetGUID="${G(c)}"/></Coding>`).join('')}</PlainTextSelection>`;
const cp = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  const start = Array.from(text.slice(0, at)).length;
  return [start, start + Array.from(phrase).length] as const;
};

async function read(files: Record<string, string | Uint8Array>) {
  const items = await readQdpx(await zipOf(files), emptyProject(), stamp());
  const { project: p } = addImportedItems(emptyProject(), items);
  const quote = (hid: string) => p.highlights.find((h) => h.id === hid)!.target.quote.exact;
  const claimText = (id: string) => p.claims.find((c) => c.id === id)!.text;
  return { items, p, quotes: p.highlights.map((h) => h.target.quote.exact), links: p.links.map((l) => [quote(l.highlightId), claimText(l.claimId), l.stance]) };
}

describe('readQdpx: what real tools write', () => {
  it('reads Project.qde with a capitalised Sources/ folder and upper-case GUIDs in braces', async () => {
    const text = 'The harbour fee rose twice in 2023.';
    const [s, e] = cp(text, 'fee rose twice');
    const xml = project(
      `<CodeBook><Codes><Code guid="{${G(1).toUpperCase()}}" name="Fees" isCodable="true"/></Codes></CodeBook>` +
        `<Sources><TextSource guid="${G(10)}" name="Interview 1.txt" plainTextPath="internal://${G(10).toUpperCase()}.txt">${sel(s, e, [1])}</TextSource></Sources>`,
    );
    const { items, links, p } = await read({ 'Project.qde': xml, [`Sources/${G(10).toUpperCase()}.txt`]: text });
    expect(items.unmatched).toEqual([]);
    expect(links).toEqual([['fee rose twice', 'Fees', 'context']]);
    expect(p.articles[0]).toMatchObject({ title: 'Interview 1.txt', fileName: 'Interview 1.txt', format: 'txt', text });
    Article.parse(p.articles[0]);
  });

  it('reads inline PlainTextContent and a <name>.qde inside a top folder', async () => {
    const xml = project(`<CodeBook><Codes><Code guid="${G(1)}" name="Weather" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${G(10)}" name="Memo"><PlainTextContent>It rained all week.</PlainTextContent>${sel(3, 9, [1])}</TextSource></Sources>`);
    const { links } = await read({ 'My study/My study.qde': xml });
    expect(links).toEqual([['rained', 'Weather', 'context']]);
  });

  it('counts offsets in the raw text, where a Windows line break is two code points, and places them in the normalized text', async () => {
    const raw = 'Line one 🎉 here.\r\n\r\n\r\nSecond\tline  has   the target word.\r\nThird line.\r\n';
    const [s, e] = cp(raw, 'has   the target');
    const xml = project(`<CodeBook><Codes><Code guid="${G(1)}" name="Target" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${G(10)}" name="Windows" plainTextPath="internal://${G(10)}.txt">${sel(s, e, [1])}</TextSource></Sources>`);
    const { p } = await read({ 'project.qde': xml, [`sources/${G(10)}.txt`]: raw });
    const a = p.articles[0]!;
    expect(a.text).toBe(normalizeText(raw));
    expect(a.text).toBe('Line one 🎉 here.\n\nSecond line has the target word.\nThird line.');
    const h = p.highlights[0]!;
    expect(a.text.slice(h.target.position.start, h.target.position.end)).toBe('has the target');
    Highlight.parse(h);
  });

  it('counts a Windows line break as one character in an ATLAS.ti file, as ATLAS.ti does', async () => {
    const raw = 'First line.\r\nSecond line.\r\nThe target is here.';
    const [s, e] = cp(raw.replace(/\r\n/g, '\n'), 'target');
    const xml = project(`<CodeBook><Codes><Code guid="${G(1)}" name="T" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${G(10)}" name="A" plainTextPath="internal://${G(10)}.txt">${sel(s, e, [1])}</TextSource></Sources>`, 'name="P" origin="ATLAS.ti 9"');
    const { quotes } = await read({ 'project.qde': xml, [`sources/${G(10)}.txt`]: raw });
    expect(quotes).toEqual(['target']);
  });

  it('finds a passage by its words when normalizing composed an accent (NFC)', async () => {
    const raw = 'Cafe\u0301 owners said the catch fell.';
    const [s, e] = cp(raw, 'the catch');
    const xml = project(`<CodeBook><Codes><Code guid="${G(1)}" name="T" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${G(10)}" name="A"><PlainTextContent>${raw}</PlainTextContent>${sel(s, e, [1])}</TextSource></Sources>`);
    const { quotes, p } = await read({ 'project.qde': xml });
    expect(p.articles[0]!.text.startsWith('Café')).toBe(true);
    expect(quotes).toEqual(['the catch']);
  });

  it('turns nested codes into claims and sub-claims, flattening deeper levels under the top code, and keeps codes with no selection', async () => {
    const text = 'Prices rose. Wages fell. Rents doubled.';
    const [s, e] = cp(text, 'Rents doubled');
    const xml = project(
      `<CodeBook><Codes><Code guid="${G(1)}" name="Economy" isCodable="false"><Code guid="${G(2)}" name="Costs" isCodable="true"><Code guid="${G(3)}" name="Housing" isCodable="true"/></Code></Code><Code guid="${G(4)}" name="Unused" isCodable="true"/></Codes></CodeBook>` +
        `<Sources><TextSource guid="${G(10)}" name="A"><PlainTextContent>${text}</PlainTextContent>${sel(s, e, [3])}</TextSource></Sources>`,
    );
    const { p, links } = await read({ 'project.qde': xml });
    const byId = new Map(p.claims.map((c) => [c.id, c]));
    expect(p.claims.map((c) => [c.text, c.parentId === null ? null : byId.get(c.parentId)!.text])).toEqual([
      ['Economy', null],
      ['Costs', 'Economy'],
      ['Housing', 'Economy'],
      ['Unused', null],
    ]);
    expect(links).toEqual([['Rents doubled', 'Housing', 'context']]);
  });

  it('reports a source without a text file, and still imports the others', async () => {
    const xml = project(
      `<CodeBook><Codes><Code guid="${G(1)}" name="C" isCodable="true"/></Codes></CodeBook><Sources>` +
        `<TextSource guid="${G(10)}" name="Lost interview" plainTextPath="internal://${G(10)}.txt">${sel(0, 4, [1])}${sel(5, 9, [1])}</TextSource>` +
        `<TextSource guid="${G(11)}" name="Here"><PlainTextContent>Present text.</PlainTextContent></TextSource>` +
        `<TextSource guid="${G(12)}" name="Elsewhere" plainTextPath="absolute:///home/me/x.txt"/>` +
        `</Sources>`,
    );
    const { items, p } = await read({ 'project.qde': xml });
    expect(p.articles.map((a) => a.title)).toEqual(['Here']);
    expect(items.unmatched).toEqual([
      { what: 'source “Lost interview”', reason: 'it has no text file in the archive; its 2 coded passages were not brought in.' },
      { what: 'source “Elsewhere”', reason: 'its text is a file outside the archive, which Warrant does not read.' },
    ]);
  });

  it('reports selections out of range, of unknown codes, and of white space only', async () => {
    const text = 'Short text.   And more.';
    const xml = project(
      `<CodeBook><Codes><Code guid="${G(1)}" name="C" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${G(10)}" name="A"><PlainTextContent>${text}</PlainTextContent>` +
        `${sel(6, 400, [1])}${sel(0, 5, [77])}${sel(11, 14, [1])}<PlainTextSelection guid="${G(5)}" startPosition="x" endPosition="3"/></TextSource></Sources>`,
    );
    const { items, quotes } = await read({ 'project.qde': xml });
    expect(quotes).toEqual(['Short']);
    expect(items.unmatched.map((u) => u.reason)).toEqual([
      'its start or end is not a whole number.',
      'its offsets fall outside the source’s text.',
      'it applies a code that is not in the codebook.',
      'it selects only white space.',
    ]);
  });

  it('reads a QualCoder export: BOM text files, empty creatingUser, one selection per coding, memos, journals, PDFs and audio', async () => {
    const text = 'Interviewer: How was the season?\nFisher: The catch fell by half, and prices stayed low.';
    const [s, e] = cp(text, 'The catch fell by half');
    const user = 'c8e3a7a1-1b9e-4d4f-9c55-6f8d6b1a2e01';
    const xml =
      `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="fish.qda" origin="QualCoder 3.6" creatingUserGUID="${user}" creationDateTime="2024-05-01T10:00:00Z" xmlns="urn:QDA-XML:project:1.0">\n` +
      `<Users>\n<User guid="${user}" name="colin" />\n</Users>\n` +
      `<CodeBook><Codes><Code guid="${G(1)}" name="Catch" isCodable="true" color="#F781F3"><Description>Amount of fish</Description></Code><Code guid="${G(2)}" name="Decline" isCodable="true" color="#81F781"/></Codes></CodeBook>\n` +
      `<Cases>\n<Case guid="${G(50)}" name="Fisher A">\n<Description />\n</Case>\n</Cases>\n` +
      `<Sources>\n<TextSource plainTextPath="internal://${G(10)}.txt" creatingUser="${user}" creationDateTime="2024-05-01T10:00:00Z" guid="${G(10)}" name="fisher.txt">\n` +
      `<PlainTextSelection guid="${G(20)}" startPosition="${s}" endPosition="${e}" name="The catch fell by half" creatingUser="" creationDateTime="2024-05-02T09:00:00Z">\n<Description>Key moment</Description>\n<Coding guid="${G(21)}" creatingUser="" >\n<CodeRef targetGUID="${G(1)}" />\n</Coding>\n</PlainTextSelection>\n` +
      `<PlainTextSelection guid="${G(22)}" startPosition="${s}" endPosition="${e}" name="The catch fell by half" creatingUser="${user}" creationDateTime="2024-05-02T09:00:00Z">\n<Coding guid="${G(23)}" creatingUser="${user}" >\n<CodeRef targetGUID="${G(2)}" />\n</Coding>\n</PlainTextSelection>\n</TextSource>\n` +
      `<PDFSource path="internal://${G(30)}.pdf" guid="${G(30)}" name="report.pdf"></PDFSource>\n` +
      `<AudioSource path="internal://${G(31)}.mp3" guid="${G(31)}" name="call.mp3"><AudioSelection guid="${G(32)}" begin="0" end="10"/></AudioSource>\n` +
      `</Sources>\n<Notes>\n<Note guid="${G(40)}" creatingUser="${user}" creationDateTime="2024-05-03T09:00:00Z" name="Week 1"  plainTextPath="internal://${G(40)}.txt" >\n<Description /></Note>\n</Notes>\n<Description>Fishing project</Description>\n</Project>`;
    const bom = '\uFEFF';
    const { items, p, links } = await read({ 'project.qde': xml, [`sources/${G(10)}.txt`]: bom + text, [`sources/${G(40)}.txt`]: bom + 'Journal entry', [`sources/${G(30)}.pdf`]: new Uint8Array([37, 80, 68, 70]) });
    expect(p.articles[0]!.text).toBe(text);
    expect(p.highlights).toHaveLength(1);
    expect(p.highlights[0]).toMatchObject({ note: 'Key moment', author: 'Importer', createdAt: '2024-05-02T09:00:00.000Z' });
    expect(links).toEqual([
      ['The catch fell by half', 'Catch', 'context'],
      ['The catch fell by half', 'Decline', 'context'],
    ]);
    expect(p.links.map((l) => l.author)).toEqual(['Importer', 'colin']);
    expect(items.unmatched.map((u) => u.what)).toEqual(['description of code “Catch”', 'source “report.pdf”', 'source “call.mp3”', '1 note (“Week 1”)', '1 case']);
    expect(items.unmatched[1]!.reason).toBe('it is a PDF without a plain-text representation; Warrant imports text sources only.');
    expect(items.unmatched[2]!.reason).toMatch(/audio recording.*1 coded passages/);
  });

  it('reads the text representation of a PDF source', async () => {
    const text = 'Page one of the report says the catch fell.';
    const [s, e] = cp(text, 'the catch fell');
    const xml = project(`<CodeBook><Codes><Code guid="${G(1)}" name="C" isCodable="true"/></Codes></CodeBook><Sources><PDFSource guid="${G(30)}" name="report.pdf" path="internal://${G(30)}.pdf"><Representation guid="${G(31)}" plainTextPath="internal://${G(31)}.txt">${sel(s, e, [1])}</Representation></PDFSource></Sources>`);
    const { links, p } = await read({ 'project.qde': xml, [`sources/${G(31)}.txt`]: text });
    expect(p.articles[0]!.title).toBe('report.pdf');
    expect(links).toEqual([['the catch fell', 'C', 'context']]);
  });
});
