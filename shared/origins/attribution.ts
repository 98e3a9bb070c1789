/**
 * Attribution: who an article says its information comes from. Finds the phrases reporters use
 * to credit another outlet ("according to a report in the Wall Street Journal", "X reported",
 * "told Reuters", "LONDON (AP) —", "a report in X", quoting X's text) and unnamed reports
 * ("reports are claiming", "the report says", "sources familiar with"), keeping the sentence
 * that says so. Names go through the publisher registry (shared/origins/publishers.ts), so
 * "the Journal of Medicine" or a quoted witness never counts as a news outlet.
 */
import { normalizeOutlet, wireAgency } from './publishers.js';
import { inSpans, quotations, sentenceAt, sentences, type Span } from './text.js';

/** One place an article credits a source. `origin` is null for an unnamed report. */
export interface Attribution {
  origin: string | null;
  /** The phrase that says so, e.g. "according to a report in the Wall Street Journal". */
  phrase: string;
  /** The sentence it stands in (the reason shown to the researcher). */
  sentence: Span;
  /** Offset of the phrase. */
  at: number;
  /** Inside a quotation: the quoted outlet's own attribution (001 quotes The Verge quoting the WSJ). */
  quoted: boolean;
  how: 'named' | 'dateline' | 'unnamed';
}

/** A capitalised name of up to six words, allowing "of", "and", "&" inside and an "(WSJ)" after. */
const WORDISH = String.raw`[\p{Lu}\d][\p{L}\p{N}&\-]*(?:\.[\p{L}\p{N}&\-]+)*`;
const NAME = String.raw`((?:[Tt]he[ \t]+)?${WORDISH.replace('\\d', '')}(?:[’']s)?(?:[ \t]+(?:(?:of|and|&|for|de|du|la|del)[ \t]+)?${WORDISH}){0,5})(?:[ \t]*\([\p{Lu}]{2,6}\))?`;
const REPORT = String.raw`(?:report|story|article|piece|investigation|analysis|scoop|interview|exclusive)`;
const REPORTING_VERB = String.raw`(?:first\s+|originally\s+|exclusively\s+|also\s+|previously\s+|earlier\s+|has\s+|had\s+|was\s+first\s+to\s+)?(?:reported|reports|revealed|reveals|broke\s+the\s+(?:story|news)|cited|cites|wrote|writes|said\s+in\s+(?:a|its)\s+report|published)`;

/** Patterns naming an outlet: the outlet is the first capture group. */
const NAMED: readonly RegExp[] = [
  // according to (a report in) the Wall Street Journal
  new RegExp(String.raw`\b[Aa]ccording\s+to\s+(?:an?\s+|the\s+)?(?:(?:new|recent|exclusive|latest|earlier)\s+)?(?:${REPORT}s?\s+(?:in|by|from|of)\s+)?${NAME}`, 'gu'),
  // The Wall Street Journal (WSJ) reported
  new RegExp(String.raw`${NAME}\s+${REPORTING_VERB}\b`, 'gu'),
  // told Reuters, in an interview with the BBC
  new RegExp(String.raw`\b(?:told|tells|telling|[Ss]peaking\s+to|[Ss]peaking\s+with|[Ii]n\s+an\s+interview\s+with|interviewed\s+by|confirmed\s+to|said\s+to)\s+${NAME}`, 'gu'),
  // a report in / by / from X; reported by X
  new RegExp(String.raw`\b(?:${REPORT}s?|reported|revealed|first\s+reported|published)\s+(?:in|by|from)\s+${NAME}`, 'gu'),
  // X's report, the WSJ article
  new RegExp(String.raw`${NAME}\s+${REPORT}\b`, 'gu'),
  // via X, h/t X
  new RegExp(String.raw`\b(?:via|h/t|hat\s+tip\s+to|source:)\s+${NAME}`, 'giu'),
];

/** A wire dateline at a paragraph's start: "LONDON (Reuters) —", "(AP) -". */
const DATELINE = /(?:^|\n)[ \t]*(?:[\p{Lu}][\p{Lu}\p{L} .,'-]{0,40}?\s*)?\(([\p{L} ]{2,30})\)\s*[-—–]/gu;

/** Unnamed reports: the article says it repeats a report without naming whose. */
const UNNAMED: readonly RegExp[] = [
  /\breports?\s+(?:are|is|were|was)\s+(?:claiming|saying|suggesting|indicating)\b/giu,
  /\b(?:the|a|one|this)\s+report\s+(?:also\s+)?(?:says|said|claims|claimed|suggests|suggested|notes|noted|adds|added|states|stated)\b/giu,
  /\baccording\s+to\s+(?:media\s+|press\s+|news\s+|recent\s+|several\s+|multiple\s+|some\s+)?reports\b/giu,
  /\b(?:sources|people|persons|officials|insiders)\s+(?:familiar\s+with|with\s+knowledge\s+of|close\s+to|briefed\s+on)\b/giu,
  /\bit\s+(?:has\s+been|had\s+been|was|is)\s+reported\b/giu,
  /\b(?:media|press|news)\s+reports\b/giu,
];

/** Words that may trail a name without being part of it ("the Verge Monday"). */
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday)$/;
const CONNECTOR = /^(?:of|and|&|for|de|du|la|del)$/;

/**
 * The outlets a captured name refers to. A name caught with words before it ("Meanwhile The
 * Wall Street Journal") is tried without them, so a sentence's first word does not hide it;
 * never from a connecting word ("of Medicine"), and never cut short at its end ("the Journal"
 * of "the Journal of Medicine" is not The Wall Street Journal; "White House Press" of "White
 * House Press Secretary" is no outlet). "Reuters and Bloomberg" names both.
 */
export function outletsOf(name: string): string[] {
  const out: string[] = [];
  for (const part of name.trim().split(/\s+(?:and|&)\s+(?=(?:the\s+)?[\p{Lu}])/u)) {
    const words = part.split(/\s+/).map((w) => w.replace(/[.’']+$/, ''));
    while (words.length > 1 && TIME_WORD.test(words.at(-1)!)) words.pop();
    for (let i = 0; i < words.length; i++) {
      if (CONNECTOR.test(words[i]!)) continue;
      const outlet = normalizeOutlet(words.slice(i).join(' '));
      if (outlet) {
        if (!out.includes(outlet)) out.push(outlet);
        break;
      }
    }
  }
  return out;
}

/** Every attribution in `text`, in order of position. */
export function findAttributions(text: string): Attribution[] {
  const sents = sentences(text);
  const quotes = quotations(text, sents);
  const out: Attribution[] = [];
  const seen = new Set<string>();
  const add = (a: Omit<Attribution, 'sentence' | 'quoted'>) => {
    const sentence = sentenceAt(sents, a.at);
    // One attribution per outlet and sentence: "according to a report in X" also reads as "a report in X".
    const key = `${sentence.start}:${a.origin ?? a.how}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...a, sentence, quoted: inSpans(quotes, a.at) });
  };
  for (const re of NAMED) {
    for (const m of text.matchAll(re)) {
      for (const origin of outletsOf(m[1] ?? '')) add({ origin, phrase: m[0].trim(), at: m.index, how: 'named' });
    }
  }
  for (const m of text.matchAll(DATELINE)) {
    const origin = wireAgency(m[1] ?? '');
    if (origin) add({ origin, phrase: m[0].trim(), at: m.index + (m[0].startsWith('\n') ? 1 : 0), how: 'dateline' });
  }
  for (const re of UNNAMED) {
    for (const m of text.matchAll(re)) add({ origin: null, phrase: m[0], at: m.index, how: 'unnamed' });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** What an article's attributions say about its origin. */
export interface ArticleAttribution {
  /** The outlet the article's information goes back to, or null when it names none. */
  origin: string | null;
  /** The outlet it got it through, when it quotes another outlet's attribution (The Verge → the WSJ). */
  via: string | null;
  /** The attributions to `origin` (and to `via`), as reasons. */
  evidence: Attribution[];
  /** True when it repeats an unnamed report ("reports are claiming"): matched facts may tie it to a named origin. */
  unnamedReport: boolean;
  /** Its unnamed-report phrases, as reasons for a matched-facts tie. */
  unnamed: Attribution[];
}

/**
 * Decides an article's origin from its attributions: the outlet it credits most often (earliest
 * first on a tie). When it quotes another outlet's text and that quotation credits a third
 * outlet, the third is the origin and the quoted outlet is `via`: the chain ends at the
 * report both go back to. The article's own publisher counts only when it credits nobody.
 */
export function articleOrigin(text: string, publisher: string | null, all: readonly Attribution[] = findAttributions(text)): ArticleAttribution {
  const named = all.filter((a) => a.origin !== null);
  const unnamed = all.filter((a) => a.origin === null);
  const own = named.filter((a) => !a.quoted);
  const quotedNamed = named.filter((a) => a.quoted);
  const pick = (list: readonly Attribution[]): string | null => {
    const count = new Map<string, number>();
    for (const a of list) count.set(a.origin!, (count.get(a.origin!) ?? 0) + 1);
    let best: string | null = null;
    let bestN = 0;
    for (const a of list) {
      const n = count.get(a.origin!)!;
      if (n > bestN) [best, bestN] = [a.origin, n];
    }
    return best;
  };
  const ownOrigin = pick(own);
  const deeper = ownOrigin ? pick(quotedNamed.filter((a) => a.origin !== ownOrigin)) : null;
  if (ownOrigin && deeper) {
    const evidence = named.filter((a) => a.origin === deeper || a.origin === ownOrigin);
    return { origin: deeper, via: ownOrigin, evidence, unnamedReport: false, unnamed };
  }
  const origin = ownOrigin ?? pick(quotedNamed);
  if (origin) return { origin, via: null, evidence: named.filter((a) => a.origin === origin), unnamedReport: false, unnamed };
  const self = publisher ? normalizeOutlet(publisher) : null;
  return { origin: self, via: null, evidence: [], unnamedReport: unnamed.length > 0, unnamed };
}
