import { describe, expect, it } from 'vitest';
import { DATE_SEARCH_CHARS, dateInText, parseDate } from './dates.js';

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

describe('dateInText', () => {
  it('finds a date on a line of its own near the top (a cover page or masthead)', () => {
    expect(dateInText('Widget 3000 User Manual\n\nVersion 3.2\n\n18 August 2022\n\nChapter 1. Getting started')).toBe('2022-08-18');
    expect(dateInText('Quarterly report\nAugust 18, 2022\nBody.')).toBe('2022-08-18');
    expect(dateInText('Protokoll\n18.08.2022\nText.')).toBe('2022-08-18');
    expect(dateInText('Minutes — 2022-08-18\n\nPresent: all.')).toBe('2022-08-18');
    expect(dateInText('Memo\n18/08/2022\n')).toBe('2022-08-18');
    expect(dateInText('Memo\n08/18/2022\n')).toBe('2022-08-18');
  });

  it('prefers a date marked as the publication date, even in a long line, over an earlier one', () => {
    const byline = 'By Sam Lee, with reporting from colleagues in three countries and additional research by the data desk. Published 18 August 2022, updated 19 August 2022';
    expect(byline.length).toBeGreaterThan(100);
    expect(dateInText(`Conference 1 June 2022\n\n${byline}\n\nStory.`)).toBe('2022-08-18');
  });

  it('reads a news dateline', () => {
    const line = 'BERLIN, Aug. 18, 2022 (Reuters) – Officials met their counterparts in several allied capitals over the past months, and more meetings are planned.';
    expect(dateInText(`Allies urged to drop Huawei\n\n${line}`)).toBe('2022-08-18');
  });

  it('ignores dates inside prose, dates marked updated or accessed, and ambiguous ones', () => {
    const prose = 'On 3 March 2020 the health agency declared a pandemic, and the following weeks saw the first lockdowns in several European countries and beyond.';
    expect(dateInText(`Headline\n\n${prose}`)).toBeNull();
    expect(dateInText('Headline\nLast updated 2 January 2023\nAccessed 5 May 2023\n')).toBeNull();
    expect(dateInText('Memo\n03/04/2022\n')).toBeNull();
    expect(dateInText('Memo\n31.02.2022\n')).toBeNull();
  });

  it('only looks near the top of the text', () => {
    const filler = 'Filler sentence for the body of the document goes here.\n'.repeat(Math.ceil(DATE_SEARCH_CHARS / 50));
    expect(dateInText(`Report\n\n${filler}\n18 August 2022`)).toBeNull();
  });
});
