/**
 * Case and accent folding of one word, for the index and for queries alike.
 *
 * Folding works on a single token's text, never on the article: a token's offsets stay those
 * of the text as written (NFKD of a whole article would move every mark after the first
 * decomposed character). What a folded word looks like is only ever compared with another
 * folded word.
 */

/**
 * Letters that NFKD does not decompose but that readers treat as a base letter plus a
 * mark, or that have a conventional spelling on keyboards without them. Turkish dotless ı
 * folds to i: searches are locale-free, and `diyarbakir` should find "Diyarbakır"
 * (İ already becomes i: lower-casing gives i + U+0307, whose dot is removed like an accent).
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ſ: 's',
  ς: 'σ', // Greek final sigma: the same letter as σ
  '\u2019': "'", // right single quotation mark, the typographic apostrophe
  '\u02bc': "'", // modifier letter apostrophe
  '\u2018': "'",
};
const LETTER_FOLD_RE = /[ßøæœđðþłħıŀſς\u2019\u02bc\u2018]/g;

/** Is `cp` a base character whose accents are decoration (Latin, Greek)? */
function accentsAreDecoration(cp: number): boolean {
  return cp < 0x0370 || (cp >= 0x0370 && cp <= 0x03ff) || (cp >= 0x1e00 && cp <= 0x1fff) || (cp >= 0x2c60 && cp <= 0x2c7f) || (cp >= 0xa720 && cp <= 0xa7ff);
}

const isCyrillic = (cp: number): boolean => cp >= 0x0400 && cp <= 0x052f;

/**
 * Should combining mark `mark` after base character `base` be removed?
 *
 * * Latin and Greek: every mark of U+0300–U+036F (é → e, ë → e, ç → c, ά → α).
 * * Cyrillic: only the stress accents and the diaeresis (ё → е, as Russian is usually
 *   written); the breve stays, because й and и are different letters.
 * * Arabic vowel signs (harakat, hamza above/below) and Hebrew points are optional in
 *   writing: removed whatever the base, so voweled and unvoweled spellings match.
 * * Marks of every other script (Devanagari vowel signs, Thai tone marks, kana voicing…)
 *   are part of the letter and kept.
 */
function dropsMark(base: number, mark: number): boolean {
  if ((mark >= 0x064b && mark <= 0x065f) || mark === 0x0670 || (mark >= 0x0591 && mark <= 0x05c7)) return true;
  if (mark < 0x0300 || mark > 0x036f) return false;
  if (accentsAreDecoration(base)) return true;
  if (isCyrillic(base)) return mark === 0x0300 || mark === 0x0301 || mark === 0x0308;
  return false;
}

const MARK = /\p{M}/u;
const NON_ASCII = /\P{ASCII}/u;

/**
 * Folds a word for matching: lower case (locale-free, the same on every machine), then
 * compatibility forms (ﬁ → fi, full-width Ａ → a) and accents removed as described in
 * {@link dropsMark}, then a few letters mapped (ß → ss, ø → o, ı → i; see LETTER_FOLDS), and
 * the result recomposed (NFC), so `Élysée` = `elysee`, `Zoë` = `zoe`, `Straße` = `strasse`.
 * Arabic tatweel (a stretching stroke) is removed.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const decomposed = lower.normalize('NFKD');
  let out = '';
  let base = 0;
  for (const ch of decomposed) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x0640) continue; // tatweel
    if (MARK.test(ch)) {
      if (dropsMark(base, cp)) continue;
    } else {
      base = cp;
    }
    out += ch;
  }
  return out.normalize('NFC').replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c);
}

/** A letter of a script other than Latin. */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/**
 * Is a folded word written in the Latin script (letters all Latin; digits and punctuation
 * allowed)? Only such words go through lunr's English stemmer: stemming Russian or Arabic
 * with English rules would only damage them, so other scripts are indexed unstemmed.
 */
export function isLatinWord(folded: string): boolean {
  return !NON_LATIN_LETTER.test(folded);
}
