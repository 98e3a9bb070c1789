/**
 * A light stemmer for Arabic (Larkey, Ballesteros & Connell's "light10", the usual baseline
 * for Arabic retrieval): it removes the conjunction و, the definite article and its
 * prefixed forms, and common suffixes (plural, dual, feminine, pronouns), leaving a stem that
 * joins a word's inflected forms (اللاجئون, اللاجئين, لاجئ → لاجي).
 *
 * lunr-languages' Arabic stemmer cannot be used: it runs `this.x = …` inside a function called
 * without a receiver, which fails in strict mode, i.e. in every ES-module bundle (the search
 * worker's). Its stop-word list is therefore also kept here (the common function words).
 *
 * Input is a folded word (fold.ts): harakat and hamza marks already removed, so أ إ آ are ا and
 * ئ ؤ are ي و.
 */

/** Definite-article prefixes, longest first (light10). */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
/** Suffixes, in light10's order (ية is يه once ة is normalised): each is removed once when found, leaving at least 2 letters. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Stems a folded Arabic word (see the module comment). */
export function stemArabic(folded: string): string {
  // Normalisation: alef maqsura and taa marbuta as their usual equivalents, so spellings agree.
  let w = folded.replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const a of ARTICLES) {
    if (w.startsWith(a) && w.length - a.length >= 2) {
      w = w.slice(a.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) w = w.slice(0, -s.length);
  }
  return w;
}

/** Common Arabic function words (prepositions, pronouns, conjunctions, particles), unvoweled. */
export const ARABIC_STOP_WORDS: readonly string[] = (
  'في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين اللذين اللتين هو هي هم هن انا أنا نحن انت أنت انتم أنتم ' +
  'كان كانت يكون تكون كانوا ان أن إن لا لم لن ما ماذا لماذا متى كيف اين أين او أو ثم بل لكن حتى اذا إذا قد ' +
  'كل بعض غير بين عند منذ خلال بعد قبل حول ضد دون نحو لدى لقد و ف ب ل ك يا أي اي ايضا أيضا فقط هناك هنا ' +
  'وقد وكان وفي ومن وهو وهي ولا ولم وان وأن فيه فيها منه منها عليه عليها اليه إليه به بها له لها لهم كما مما عما'
).split(' ');
