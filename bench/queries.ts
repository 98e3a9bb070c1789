/**
 * The fixed query set of the latency bench: what a researcher types into the search box,
 * mixing single words, several words, phrases, wildcards, fuzzy words and field prefixes.
 */
export const BENCH_QUERIES: readonly string[] = [
  // single words, rare to common
  'jury',
  'senator',
  'religion',
  'atlanta',
  'school',
  'water',
  'time',
  // several words (optional: best matches first)
  'grand jury investigation',
  'foreign policy',
  'nuclear weapons testing',
  'church and state',
  'federal government spending',
  'rhode island',
  // presence
  '+president -kennedy',
  '+election +fraud',
  // phrases
  '"grand jury"',
  '"the united states"',
  '"new york"',
  '"aid for"',
  '"at the same time"',
  'tax "home rule"',
  // wildcards
  'administr*',
  'educat*',
  'nucle*',
  // fuzzy
  'goverment~1',
  'polcy~1',
  'recieve~2',
  // fields and boosts
  'title:county',
  'source:religion',
  'title:jury^3 election',
  // punctuation as pasted from a text
  '(Atlanta),',
  '"Fulton County" jury\'s',
];
