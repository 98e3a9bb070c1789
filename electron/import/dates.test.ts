import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';

describe('parseDate', () => {
  it('reads ISO and W3CDTF dates as written, without moving them to UTC', () => {
    expect(parseDate('2018-11-16')).toBe('2018-11-16');
    expect(parseDate('2018-11-16T23:30:00-05:00')).toBe('2018-11-16');
    expect(parseDate('2018-11-16T09:30:00Z')).toBe('2018-11-16');
  });

  it('reads PDF and compact dates', () => {
    expect(parseDate("D:20181116093000+01'00'")).toBe('2018-11-16');
    expect(parseDate('D:20181116')).toBe('2018-11-16');
    expect(parseDate('20181116')).toBe('2018-11-16');
  });

  it('reads English month names', () => {
    expect(parseDate('16 November 2018')).toBe('2018-11-16');
    expect(parseDate('Friday, 16 Nov. 2018')).toBe('2018-11-16');
    expect(parseDate('November 16, 2018')).toBe('2018-11-16');
    expect(parseDate('Sept. 3, 2019')).toBe('2019-09-03');
  });

  it('returns null rather than inventing a day', () => {
    expect(parseDate('D:2018')).toBeNull();
    expect(parseDate('2018')).toBeNull();
    expect(parseDate('2018-02-31')).toBeNull();
    expect(parseDate('yesterday')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
  });
});
