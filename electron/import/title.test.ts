import { describe, expect, it } from 'vitest';
import { balanceBrackets, cleanTitle, firstSentence, stripPermalink, titleFromFileName, titleFromLine, titleFromText, undouble } from './title.js';

describe('titleFromLine', () => {
  it('keeps a headline as it is', () => {
    expect(titleFromLine('US versus Huawei part two: getting allies in line')).toBe('US versus Huawei part two: getting allies in line');
  });

  it('keeps a long headline that does not end like a sentence', () => {
    const headline = 'Huawei Has New Problems With The US, Allies Are Being Encouraged To Steer Clear Of Its Networking Equipment Over Security Fears';
    expect(headline.length).toBeGreaterThan(100);
    expect(titleFromLine(headline)).toBe(headline);
  });

  it('reduces a paragraph of body text to its first sentence when that is short', () => {
    const line =
      'The report was published on Friday. It says that officials met their counterparts in several allied capitals over the past months, and that more meetings are planned for next year.';
    expect(titleFromLine(line)).toBe('The report was published on Friday.');
  });

  it('cuts a long first sentence at a clause break, with an ellipsis', () => {
    const line =
      'Huawei is once again the security focus of the US administration, which is seeking to persuade international allies to clamp down on the deployment of Huawei technology, according to a report.';
    expect(titleFromLine(line)).toBe('Huawei is once again the security focus of the US administration…');
  });

  it('cuts at a word boundary when there is no clause break', () => {
    const line = `${'word '.repeat(60).trim()} end.`;
    const title = titleFromLine(line);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title).toMatch(/^(word )+word…$/);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(firstSentence('The U.S. government met Mr. Smith in Berlin on Monday. Then more happened.')).toBe(
      'The U.S. government met Mr. Smith in Berlin on Monday.',
    );
  });
});

describe('undouble', () => {
  it('removes a headline glued to its own copy', () => {
    expect(undouble('US Wants Allies to Stop Using Huawei Products US Wants Allies to Stop Using Huawei Products')).toBe(
      'US Wants Allies to Stop Using Huawei Products',
    );
    expect(undouble('Allies urged to drop HuaweiAllies urged to drop Huawei')).toBe('Allies urged to drop Huawei');
  });

  it('leaves short repeated phrases alone', () => {
    expect(undouble('Bye Bye')).toBe('Bye Bye');
  });
});

describe('cleanTitle', () => {
  it('ignores the placeholders authoring tools write', () => {
    expect(cleanTitle('Microsoft Word - draft 3.docx')).toBeNull();
    expect(cleanTitle('Untitled')).toBeNull();
    expect(cleanTitle('report-final.pdf')).toBeNull();
    expect(cleanTitle('   ')).toBeNull();
    expect(cleanTitle(null)).toBeNull();
  });

  it('normalizes whitespace and keeps a real title', () => {
    expect(cleanTitle('  Allies\u00a0urged\n to drop   Huawei ')).toBe('Allies urged to drop Huawei');
  });
});

describe('titleFromText / titleFromFileName', () => {
  it('takes the first non-empty line', () => {
    expect(titleFromText('\n\nFirst line\nSecond line')).toBe('First line');
    expect(titleFromText('')).toBeNull();
  });

  it('falls back to the file name without its extension', () => {
    expect(titleFromFileName('huawei_allies_2018.txt')).toBe('huawei allies 2018');
  });
});

describe('balanceBrackets / stripPermalink', () => {
  it('removes a bracket or quote that has no partner', () => {
    expect(balanceBrackets('the portable foreign function interface library)')).toBe('the portable foreign function interface library');
    expect(balanceBrackets('He said "no to the plan')).toBe('He said no to the plan');
    expect(balanceBrackets('Closure Example (libffi: the portable')).toBe('Closure Example');
    expect(balanceBrackets('A [draft')).toBe('A draft');
  });

  it('leaves balanced titles, apostrophes and enumerators alone', () => {
    expect(balanceBrackets('Closure Example (libffi: the manual)')).toBe('Closure Example (libffi: the manual)');
    expect(balanceBrackets('“Fake” photos: what we know [updated]')).toBe('“Fake” photos: what we know [updated]');
    expect(balanceBrackets('Don’t share it')).toBe('Don’t share it');
    expect(balanceBrackets('1) Introduction')).toBe('1) Introduction');
  });

  it('strips permalink marks at the end of a heading', () => {
    expect(stripPermalink('Using libffi¶')).toBe('Using libffi');
    expect(stripPermalink('Closure Example ¶')).toBe('Closure Example');
    expect(stripPermalink('Installation #')).toBe('Installation');
    expect(stripPermalink('Setup 🔗')).toBe('Setup');
    expect(stripPermalink('Issue #42 fixed')).toBe('Issue #42 fixed');
  });

  it('applies both to metadata titles', () => {
    expect(cleanTitle('the portable foreign function interface library)')).toBe('the portable foreign function interface library');
    expect(cleanTitle('Using libffi¶')).toBe('Using libffi');
    expect(cleanTitle('¶')).toBeNull();
  });
});
