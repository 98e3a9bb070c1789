/**
 * The registry of news outlets origin detection knows by name: one canonical name each, with
 * the other ways articles write it (WSJ = The Wall Street Journal; PA = Press Association).
 * Names not here count as outlets only when they end in a word newspapers are named with
 * ("… Times", "… Herald"), and never when they name a learned journal ("the Journal of
 * Medicine") or an institution.
 */

/** One outlet: its canonical name (as shown) and the other ways it is written. */
export interface Publisher {
  name: string;
  aliases: readonly string[];
  /** Wire agencies: their datelines ("LONDON (Reuters) —") name them as the origin. */
  wire?: boolean;
}

/** Known outlets. Aliases are matched case-insensitively, with or without a leading "the". */
export const PUBLISHERS: readonly Publisher[] = [
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ', 'the Journal'] },
  { name: 'Press Association', aliases: ['PA', 'PA Media', 'the Press Association', 'PA news agency'], wire: true },
  { name: 'Associated Press', aliases: ['AP', 'the Associated Press', 'AP News'], wire: true },
  { name: 'Reuters', aliases: ['Thomson Reuters', 'Reuters news agency'], wire: true },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'], wire: true },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg Businessweek'] },
  { name: 'The Verge', aliases: ['Verge'] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT', 'the Times of New York'] },
  { name: 'The Washington Post', aliases: ['Washington Post', 'the Post'] },
  { name: 'Financial Times', aliases: ['the Financial Times', 'FT'] },
  { name: 'The Guardian', aliases: ['Guardian'] },
  { name: 'The Times', aliases: ['the Times of London'] },
  { name: 'The Daily Telegraph', aliases: ['Telegraph', 'the Telegraph', 'Daily Telegraph'] },
  { name: 'BBC', aliases: ['BBC News', 'the BBC'] },
  { name: 'CNN', aliases: [] },
  { name: 'CNBC', aliases: [] },
  { name: 'NBC News', aliases: ['NBC'] },
  { name: 'ABC News', aliases: ['ABC'] },
  { name: 'CBS News', aliases: ['CBS'] },
  { name: 'Fox News', aliases: [] },
  { name: 'Axios', aliases: [] },
  { name: 'Politico', aliases: [] },
  { name: 'The Information', aliases: [] },
  { name: 'TechCrunch', aliases: [] },
  { name: 'Wired', aliases: [] },
  { name: 'Ars Technica', aliases: [] },
  { name: 'Engadget', aliases: [] },
  { name: 'The Register', aliases: ['Register'] },
  { name: 'ZDNet', aliases: [] },
  { name: 'Light Reading', aliases: [] },
  { name: 'Nikkei', aliases: ['Nikkei Asian Review', 'Nikkei Asia'] },
  { name: 'South China Morning Post', aliases: ['SCMP'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], wire: true },
  { name: 'Kyodo News', aliases: ['Kyodo'], wire: true },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], wire: true },
  { name: 'Deutsche Presse-Agentur', aliases: ['dpa'], wire: true },
  { name: 'Der Spiegel', aliases: ['Spiegel'] },
  { name: 'Le Monde', aliases: [] },
  { name: 'The Economist', aliases: ['Economist'] },
  { name: 'Daily Mail', aliases: ['the Daily Mail', 'Mail Online', 'MailOnline'] },
  { name: 'The Sun', aliases: [] },
  { name: 'The Independent', aliases: [] },
  { name: 'The Mirror', aliases: ['Daily Mirror'] },
  { name: 'The Daily Express', aliases: ['Daily Express'] },
  { name: 'The Hill', aliases: [] },
  { name: 'USA Today', aliases: [] },
  { name: 'Los Angeles Times', aliases: ['LA Times', 'the LA Times'] },
];

/** Words newspapers and agencies are named with: "The Boston Globe", "Kent Messenger". */
const OUTLET_WORDS = /\b(?:Times|Post|News|Herald|Tribune|Gazette|Journal|Telegraph|Guardian|Observer|Chronicle|Standard|Mail|Express|Globe|Courier|Examiner|Inquirer|Sentinel|Mirror|Star|Sun|Monitor|Record|Review|Daily|Weekly|Press|Agency|Wire|Bulletin|Dispatch|Messenger|Echo|Argus|Reporter|Register|Magazine|Insider|Radio|Television|TV)$/;
/** Learned journals, institutions and reports that are not news reports: "Journal of Medicine". */
const NOT_OUTLETS = /\b(?:of|University|Institute|Institution|Society|Association of|College|School|Hospital|Foundation|Ministry|Department|Court|Council|Commission|Agency of|Bureau of)\b/;

const norm = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

const BY_ALIAS: ReadonlyMap<string, Publisher> = (() => {
  const m = new Map<string, Publisher>();
  for (const p of PUBLISHERS) for (const a of [p.name, ...p.aliases]) m.set(norm(a), p);
  return m;
})();

/** The registry entry for a name as an article writes it, or undefined. "WSJ" → The Wall Street Journal. */
export function knownPublisher(written: string): Publisher | undefined {
  const n = norm(written);
  // Short all-capital aliases (AP, PA, FT) must be written in capitals: "pa" or "ap" in prose are not outlets.
  const p = BY_ALIAS.get(n);
  if (!p) return undefined;
  const bare = written.replace(/^the\s+/i, '').trim();
  if (bare.length <= 3 && bare !== bare.toUpperCase()) return undefined;
  return p;
}

/**
 * The normalised name of the outlet `written` names, or null when it is not an outlet: a
 * registered name or alias, else a capitalised name ending in an outlet word ("The Kent
 * Messenger"), never a learned journal or an institution ("the Journal of Medicine").
 */
export function normalizeOutlet(written: string): string | null {
  const trimmed = written.trim().replace(/[’']s$/, '');
  const known = knownPublisher(trimmed);
  if (known) return known.name;
  if (NOT_OUTLETS.test(trimmed)) return null;
  const bare = trimmed.replace(/^the\s+/i, '');
  if (!/^\p{Lu}/u.test(bare) || !OUTLET_WORDS.test(bare)) return null;
  // Each word capitalised: "the daily news" in prose is not a name.
  if (!bare.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w))) return null;
  return /^the\s/i.test(trimmed) || /^(?:Times|Guardian|Observer|Sun|Independent)$/.test(bare) ? `The ${bare}` : bare;
}

/** The canonical names of the wire agencies, for datelines. */
export function wireAgency(written: string): string | null {
  const p = knownPublisher(written);
  return p?.wire ? p.name : null;
}
