import { describe, expect, it } from 'vitest';
import { choosePageTitle, titleWithoutSite, type TitleClues } from './html-title.js';

const clues = (over: Partial<TitleClues>): TitleClues => ({ metaTitle: null, docTitle: null, siteName: null, firstHeading: null, generator: null, ...over });

describe('titleWithoutSite', () => {
  it('drops a trailing site name the page states, or one that names a manual', () => {
    expect(titleWithoutSite(clues({ docTitle: 'Allies urged to drop Huawei | Example News', siteName: 'Example News' }))).toBe('Allies urged to drop Huawei');
    expect(titleWithoutSite(clues({ docTitle: 'Using libffi — libffi 3.4.6 documentation' }))).toBe('Using libffi');
    expect(titleWithoutSite(clues({ docTitle: 'Flood photos | World | Daily Example', siteName: 'Daily Example' }))).toBe('Flood photos');
  });

  it('drops it when the page heading is the leading part (WordPress, no site name stated)', () => {
    expect(titleWithoutSite(clues({ docTitle: 'How we verified the flood photos – The Verification Desk', firstHeading: 'How we verified the flood photos' }))).toBe(
      'How we verified the flood photos',
    );
  });

  it('drops a leading site name', () => {
    expect(titleWithoutSite(clues({ docTitle: 'Daily Example | Flood photos were old', siteName: 'daily example' }))).toBe('Flood photos were old');
  });

  it('keeps the node of a texinfo page, and the manual for its top page', () => {
    const manual = 'libffi: the portable foreign function interface library';
    expect(titleWithoutSite(clues({ docTitle: `Closure Example (${manual})`, generator: 'makeinfo' }))).toBe('Closure Example');
    expect(titleWithoutSite(clues({ docTitle: `Top (${manual})`, generator: 'makeinfo' }))).toBe(manual);
  });

  it('keeps a headline whose dash or colon is part of it', () => {
    expect(titleWithoutSite(clues({ docTitle: 'Covid - what we know so far' }))).toBe('Covid - what we know so far');
    expect(titleWithoutSite(clues({ docTitle: 'Brexit: the deal explained' }))).toBe('Brexit: the deal explained');
  });
});

describe('choosePageTitle', () => {
  it('prefers og:title, then <title>, then <h1>, cleaning permalink marks and unpaired brackets', () => {
    expect(choosePageTitle(clues({ metaTitle: 'From og', docTitle: 'From title | Site', firstHeading: 'From h1' }))).toBe('From og');
    expect(choosePageTitle(clues({ docTitle: 'Untitled', firstHeading: 'Installation¶' }))).toBe('Installation');
    expect(choosePageTitle(clues({ docTitle: 'the portable foreign function interface library)' }))).toBe('the portable foreign function interface library');
    expect(choosePageTitle(clues({}))).toBeNull();
  });

  it('drops the site name from an og:title that carries it', () => {
    expect(choosePageTitle(clues({ metaTitle: 'Flood photos were old | Daily Example', siteName: 'Daily Example' }))).toBe('Flood photos were old');
    expect(choosePageTitle(clues({ metaTitle: 'Flood photos - what we know', siteName: 'Daily Example' }))).toBe('Flood photos - what we know');
  });
});
