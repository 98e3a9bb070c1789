/**
 * Formatting of numbers, dates and counts for the UI. The UI is in English, so the locale is
 * fixed: "1,200", "4 Feb 2019".
 */

const integer = new Intl.NumberFormat('en');
const calendarDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** 1200 → "1,200". */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** "1 article", "5 articles", "1,200 articles". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** ISO calendar date "2019-02-04" → "4 Feb 2019"; anything unparsable is returned unchanged. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? iso : calendarDate.format(d);
}

/**
 * A save time as a person reads it: "12:03" today, "4 Feb, 12:03" on another day of this year,
 * "4 Feb 2019, 12:03" otherwise. Uses the local time zone.
 */
export function formatSavedAt(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (d.toDateString() === now.toDateString()) return time;
  const sameYear = d.getFullYear() === now.getFullYear();
  const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
  return `${day}, ${time}`;
}
