import { describe, expect, it } from 'vitest';
import { articleOrigin, findAttributions } from './attribution.js';
import { normalizeOutlet } from './publishers.js';

const named = (text: string) => findAttributions(text).filter((a) => a.origin !== null).map((a) => a.origin);

describe('attribution', () => {
  it.each([
    ['The move was first disclosed, according to a report in the Wall Street Journal, on Thursday.', 'The Wall Street Journal'],
    ['The Wall Street Journal (WSJ) reported that officials met their counterparts.', 'The Wall Street Journal'],
    ['The WSJ cited unnamed people familiar with the situation.', 'The Wall Street Journal'],
    ['A spokesman told Reuters the plant would reopen.', 'Reuters'],
    ['LONDON (Reuters) — Shares fell sharply on Monday.', 'Reuters'],
    ['WASHINGTON (AP) - The Senate voted late on Tuesday.', 'Associated Press'],
    ['A man has been charged, PA reported.', 'Press Association'],
    ['A report in the Financial Times said the deal was close.', 'Financial Times'],
    ['Meanwhile Bloomberg reported that talks had stalled.', 'Bloomberg'],
    ['The story was first reported by the Kent Messenger last week.', 'The Kent Messenger'],
    ['In an interview with the BBC, she said she would stand again.', 'BBC'],
    ['The deal was confirmed, the Verge reported Monday.', 'The Verge'],
  ])('credits the outlet in “%s”', (text, origin) => {
    expect(named(text)).toEqual([origin]);
  });

  it.each([
    ['The findings, published in the Journal of Medicine, were welcomed by doctors.'],
    ['According to a study in the New England Journal of Medicine, the drug halves the risk.'],
    ['“I saw the car hit the wall,” she told reporters outside the court.'],
    ['“We will appeal,” said John Harrison, the club’s chairman.'],
    ['According to John Smith, a neighbour, the fire began in the kitchen.'],
    ['The University of Leeds reported a rise in applications.'],
    ['He told the court that he had been at home.'],
    ['Officials said the pa system failed and the ap was out of date.'],
    ['According to the White House Press Secretary, talks will resume.'],
  ])('credits no outlet in “%s”', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('credits each outlet of “X and Y reported”', () => {
    expect(named('Reuters and Bloomberg reported that the deal had collapsed.').sort()).toEqual(['Bloomberg', 'Reuters']);
  });

  it('finds unnamed reports and keeps their sentence', () => {
    const text = 'Huawei faces pressure. Now reports are claiming that the US is urging allies. The report says officials met.';
    const found = findAttributions(text);
    expect(found.map((a) => a.how)).toEqual(['unnamed', 'unnamed']);
    expect(text.slice(found[0]!.sentence.start, found[0]!.sentence.end)).toBe('Now reports are claiming that the US is urging allies.');
    expect(articleOrigin(text, null)).toMatchObject({ origin: null, unnamedReport: true });
  });

  it('follows a quoted outlet to the report it credits (The Verge quoting the WSJ)', () => {
    const text = 'The trouble does not end at the border, according to the Verge.\n\n“The US government is attempting to persuade allies, according to a report in the Wall Street Journal. Sources claim officials met.”';
    expect(articleOrigin(text, null)).toMatchObject({ origin: 'The Wall Street Journal', via: 'The Verge' });
  });

  it('picks the outlet credited most often, and its own publisher only when it credits none', () => {
    const text = 'The WSJ reported the plan. Bloomberg reported a related story last month. The WSJ article cited officials.';
    expect(articleOrigin(text, 'Light Reading').origin).toBe('The Wall Street Journal');
    expect(articleOrigin('Nothing credited here at all.', 'Reuters').origin).toBe('Reuters');
    expect(articleOrigin('Nothing credited here at all.', 'My Blog').origin).toBeNull();
  });

  it('normalises the ways outlets are written', () => {
    expect(normalizeOutlet('WSJ')).toBe('The Wall Street Journal');
    expect(normalizeOutlet('the Wall Street Journal')).toBe('The Wall Street Journal');
    expect(normalizeOutlet('PA')).toBe('Press Association');
    expect(normalizeOutlet('Journal of Medicine')).toBeNull();
    expect(normalizeOutlet('Verge')).toBe('The Verge');
  });
});
