/**
 * Publication dates as found in documents, reduced to the model's `YYYY-MM-DD`.
 * The date is taken as written: "2018-11-16T23:30:00-05:00" is the 16th, not converted to UTC,
 * because that is the day the publisher printed.
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** `YYYY-MM-DD` for a real calendar day, else null. */
function ymd(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null; // 31 February and the like
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 1-12 for an English month name or its abbreviation ("Nov", "Sept."), else undefined. */
function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(key));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * Parses a date in the forms documents use: ISO 8601 / W3CDTF ("2018-11-16", "2018-11-16T09:30Z"),
 * PDF dates ("D:20181116093000+01'00'"), compact "20181116", and English month names
 * ("16 November 2018", "Nov. 16, 2018"). Returns null when no full day can be read:
 * a year alone is not a date, and guessing would put a wrong fact in the researcher's notes.
 */
export function parseDate(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const s = raw.trim();
  if (s === '') return null;

  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));

  m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));

  // "16 November 2018", "16 Nov. 2018", "Friday, 16 November 2018"
  m = /(?:^|[\s,])(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month !== undefined) return ymd(Number(m[3]), month, Number(m[1]));
  }
  // "November 16, 2018", "Nov. 16 2018"
  m = /(?:^|[\s,])([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (month !== undefined) return ymd(Number(m[3]), month, Number(m[2]));
  }
  return null;
}

/** How far into the text a stated date is looked for: the masthead, cover page or byline. */
export const DATE_SEARCH_CHARS = 1500;

/** A line longer than this is prose: a date inside it is usually an event, not the publication. */
const SHORT_LINE = 100;
/** What may stand before a dateline's date: nothing, or a place and a comma ("BERLIN, "). */
const DATELINE_PLACE = /^(?:\p{Lu}[\p{L} .'’-]{0,40},\s*)?$/u;
/** What follows a dateline's date: perhaps an agency, then a dash or colon before the story. */
const DATELINE_END = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—:|·]/u;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** The written forms of a full date a document's text uses, each with its own reading. */
const TEXT_DATES: { pattern: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  // 2022-08-18
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3])) },
  // 18.08.2022 (day first, as written wherever dots are used)
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, read: (m) => ymd(Number(m[3]), Number(m[2]), Number(m[1])) },
  // 18/08/2022 or 08/18/2022: only when the order cannot be mistaken (one part above 12)
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    read: (m) => {
      const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (a > 12 && b <= 12) return ymd(year, b, a);
      if (b > 12 && a <= 12) return ymd(year, a, b);
      return null;
    },
  },
  // 18 August 2022, 18th of Aug. 2022
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === undefined ? null : ymd(Number(m[3]), month, Number(m[1]));
    },
  },
  // August 18, 2022 / Aug. 18 2022
  {
    pattern: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      return month === undefined ? null : ymd(Number(m[3]), month, Number(m[2]));
    },
  },
];

/** Whether the date at `index` (`length` long) opens `line` as a news dateline does. */
function isDateline(line: string, index: number, length: number): boolean {
  return DATELINE_PLACE.test(line.slice(0, index)) && DATELINE_END.test(line.slice(index + length));
}

/** Every full date written in `line`, in order of position. */
function datesInLine(line: string): { index: number; length: number; date: string }[] {
  const found: { index: number; length: number; date: string }[] = [];
  for (const { pattern, read } of TEXT_DATES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
      const date = read(m);
      if (date !== null) found.push({ index: m.index, length: m[0].length, date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// Words that say a date is the publication's own.
const PUBLISHED_CUE = /\b(?:published|posted|dated?|issued|released|first\s+published|publication\s+date)\b/i;
// Words that say a date is something else: a later change, or when a source was consulted.
const OTHER_CUE = /\b(?:updated|modified|accessed|retrieved|downloaded|printed|viewed|visited|deadline|until|expires?)\b/i;

/**
 * The publication date stated near the top of a document's text (the first
 * {@link DATE_SEARCH_CHARS} characters), as `YYYY-MM-DD`, or null. Only dates that stand where
 * publishers put them count: after "Published"/"Posted"/"Dated", on a short line of their own
 * (a cover page, a masthead, a byline), or opening a dateline ("BERLIN, Aug. 18, 2022 –").
 * A date inside a sentence of prose is usually an event the text reports, and a date marked
 * "updated" or "accessed" is not the publication's, so neither is taken.
 */
export function dateInText(text: string): string | null {
  let best: { rank: number; date: string } | null = null;
  for (const line of text.slice(0, DATE_SEARCH_CHARS).split('\n')) {
    const dates = datesInLine(line);
    if (dates.length === 0) continue;
    const cue = PUBLISHED_CUE.exec(line);
    let candidate: { rank: number; date: string } | null = null;
    if (cue) {
      const after = dates.find((d) => d.index >= cue.index) ?? dates[0]!;
      candidate = { rank: 2, date: after.date };
    } else if (!OTHER_CUE.test(line)) {
      const first = dates[0]!;
      if (line.length <= SHORT_LINE || isDateline(line, first.index, first.length)) candidate = { rank: 1, date: first.date };
    }
    if (candidate && (best === null || candidate.rank > best.rank)) best = candidate;
    if (best?.rank === 2) break;
  }
  return best?.date ?? null;
}
