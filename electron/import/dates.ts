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
