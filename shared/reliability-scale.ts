/**
 * The Admiralty (NATO, STANAG 2511 / AJP-2.1) grading scales, the one list of each: a
 * publisher's **source reliability** (A–F) and a passage's **information credibility** (1–6),
 * with the standard wording. The model's schemas, the claim panel's pickers, the suggested
 * rating and reports all read them from here.
 *
 * The two are judged separately on purpose (that is the point of the code): a usually reliable
 * source can pass on improbable information, and an unknown one can carry confirmed facts. The
 * "cannot be judged" steps (F, 6) are not the bottom of their scales: they mean "no basis to
 * grade", and anything that weighs grades treats them as missing, never as poor.
 */

/** One grade of source reliability. */
export interface ReliabilityGrade {
  readonly grade: ReliabilityId;
  /** The standard name ("Usually reliable"). */
  readonly label: string;
  /** The standard definition, for tooltips, help and reports. */
  readonly meaning: string;
  /** 5 (A) … 1 (E), higher = more reliable; null for F (cannot be judged). */
  readonly level: number | null;
}

// Declared once, in order; the id types are derived from these lists so they cannot drift.
const RELIABILITY = [
  { grade: 'A', label: 'Completely reliable', meaning: 'No doubt of authenticity, trustworthiness or competency; a history of complete reliability.', level: 5 },
  { grade: 'B', label: 'Usually reliable', meaning: 'Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.', level: 4 },
  { grade: 'C', label: 'Fairly reliable', meaning: 'Doubt of authenticity, trustworthiness or competency, but has provided valid information in the past.', level: 3 },
  { grade: 'D', label: 'Not usually reliable', meaning: 'Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.', level: 2 },
  { grade: 'E', label: 'Unreliable', meaning: 'Lacking in authenticity, trustworthiness and competency; a history of invalid information.', level: 1 },
  { grade: 'F', label: 'Reliability cannot be judged', meaning: 'No basis exists for evaluating the reliability of the source.', level: null },
] as const;

/** A source reliability grade as stored in project files ('A' … 'F'); never rename one. */
export type ReliabilityId = (typeof RELIABILITY)[number]['grade'];

/** The reliability scale, A first. */
export const RELIABILITY_SCALE: readonly ReliabilityGrade[] = RELIABILITY;

/** The reliability grades in order. */
export const RELIABILITY_IDS = RELIABILITY.map((g) => g.grade) as [ReliabilityId, ...ReliabilityId[]];

/** One grade of information credibility. */
export interface CredibilityGrade {
  readonly grade: CredibilityId;
  readonly label: string;
  readonly meaning: string;
  /** 5 (1) … 1 (5), higher = more credible; null for 6 (cannot be judged). */
  readonly level: number | null;
}

const CREDIBILITY = [
  { grade: 1, label: 'Confirmed by other sources', meaning: 'Confirmed by other independent sources; logical in itself; consistent with other information on the subject.', level: 5 },
  { grade: 2, label: 'Probably true', meaning: 'Not confirmed; logical in itself; consistent with other information on the subject.', level: 4 },
  { grade: 3, label: 'Possibly true', meaning: 'Not confirmed; reasonably logical in itself; agrees with some other information on the subject.', level: 3 },
  { grade: 4, label: 'Doubtful', meaning: 'Not confirmed; possible but not logical; no other information on the subject.', level: 2 },
  { grade: 5, label: 'Improbable', meaning: 'Not confirmed; not logical in itself; contradicted by other information on the subject.', level: 1 },
  { grade: 6, label: 'Truth cannot be judged', meaning: 'No basis exists for evaluating the validity of the information.', level: null },
] as const;

/** An information credibility grade as stored in project files (1 … 6). */
export type CredibilityId = (typeof CREDIBILITY)[number]['grade'];

/** The credibility scale, 1 first. */
export const CREDIBILITY_SCALE: readonly CredibilityGrade[] = CREDIBILITY;

/** The credibility grades in order. */
export const CREDIBILITY_IDS = CREDIBILITY.map((g) => g.grade) as [CredibilityId, ...CredibilityId[]];

const RELIABILITY_BY_ID: ReadonlyMap<string, ReliabilityGrade> = new Map(RELIABILITY_SCALE.map((g) => [g.grade, g]));
const CREDIBILITY_BY_ID: ReadonlyMap<number, CredibilityGrade> = new Map(CREDIBILITY_SCALE.map((g) => [g.grade, g]));

/** The label, meaning and level of a reliability grade. */
export function reliabilityInfo(grade: ReliabilityId): ReliabilityGrade {
  const found = RELIABILITY_BY_ID.get(grade);
  if (!found) throw new RangeError(`Not a reliability grade: ${String(grade)}`);
  return found;
}

/** The label, meaning and level of a credibility grade. */
export function credibilityInfo(grade: CredibilityId): CredibilityGrade {
  const found = CREDIBILITY_BY_ID.get(grade);
  if (!found) throw new RangeError(`Not a credibility grade: ${String(grade)}`);
  return found;
}

/** "B (Usually reliable)": how reports and explanations name a reliability grade. */
export function describeReliability(grade: ReliabilityId): string {
  return `${grade} (${reliabilityInfo(grade).label})`;
}

/** "2 (Probably true)": how reports and explanations name a credibility grade. */
export function describeCredibility(grade: CredibilityId): string {
  return `${grade} (${credibilityInfo(grade).label})`;
}

/**
 * The publisher name as compared and stored as a key: case, Unicode form and spacing ignored,
 * so "The Aldren Courier" typed by hand matches "the  aldren courier" from an import. '' when
 * unknown. The evidence summary counts sources by the same key.
 */
export function publisherKey(source: string | null | undefined): string {
  return (source ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
