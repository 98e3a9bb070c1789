/**
 * The Admiralty grades, settable where the evidence is shown: a publisher's source reliability
 * (A–F, `publishers.setReliability`) and a passage's information credibility (1–6, through
 * `highlights.update`). Each is a labelled native select (keyboard reachable, its meaning in
 * the option titles and the tooltip); "—" means not graded. The scales are
 * shared/reliability-scale.ts.
 */
import { CREDIBILITY_SCALE, RELIABILITY_SCALE, credibilityInfo, reliabilityInfo, type CredibilityId, type ReliabilityId } from '../../shared/reliability-scale.js';
import { useWorkbench } from '../state/workbench.js';

/** Props of <ReliabilityPicker>. */
export interface ReliabilityPickerProps {
  /** The publisher's name as shown (graded by its normalised form). */
  publisher: string;
  grade: ReliabilityId | null;
  testId?: string;
}

/** A publisher's source reliability grade. */
export function ReliabilityPicker({ publisher, grade, testId = 'reliability-picker' }: ReliabilityPickerProps) {
  const { run } = useWorkbench();
  const set = (value: string) => {
    const reliability = value === '' ? null : (value as ReliabilityId);
    void run('publishers.setReliability', { name: publisher, reliability }, `Could not grade ${publisher}`);
  };
  return (
    <label className="grade-picker" title={grade ? `${grade}: ${reliabilityInfo(grade).label}. ${reliabilityInfo(grade).meaning}` : 'Source reliability (Admiralty A–F): not graded'}>
      <span className="grade-picker__label">Reliability</span>
      <select
        className="select select--small grade-picker__select"
        value={grade ?? ''}
        onChange={(e) => set(e.target.value)}
        aria-label={`Reliability of ${publisher}`}
        data-testid={testId}
        data-publisher={publisher}
      >
        <option value="">—</option>
        {RELIABILITY_SCALE.map((g) => (
          <option key={g.grade} value={g.grade} title={g.meaning}>
            {g.grade} · {g.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Props of <CredibilityPicker>. */
export interface CredibilityPickerProps {
  highlightId: string;
  credibility: CredibilityId | null;
  /** Names the passage for screen readers ("the passage from “Title”"). */
  subject: string;
}

/** A passage's information credibility grade. */
export function CredibilityPicker({ highlightId, credibility, subject }: CredibilityPickerProps) {
  const { run } = useWorkbench();
  const set = (value: string) => {
    const grade = value === '' ? null : (Number(value) as CredibilityId);
    void run('highlights.update', { id: highlightId, patch: { credibility: grade } }, 'Could not grade the passage');
  };
  return (
    <label className="grade-picker" title={credibility ? `${credibility}: ${credibilityInfo(credibility).label}. ${credibilityInfo(credibility).meaning}` : 'Information credibility (Admiralty 1–6): not graded'}>
      <span className="grade-picker__label">Credibility</span>
      <select
        className="select select--small grade-picker__select"
        value={credibility === null ? '' : String(credibility)}
        onChange={(e) => set(e.target.value)}
        aria-label={`Credibility of ${subject}`}
        data-testid="credibility-picker"
      >
        <option value="">—</option>
        {CREDIBILITY_SCALE.map((g) => (
          <option key={g.grade} value={String(g.grade)} title={g.meaning}>
            {g.grade} · {g.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "B2": the combined Admiralty code of a passage, or what is known of it ("B", "2"); null when neither is graded. */
export function admiraltyCode(reliability: ReliabilityId | null, credibility: CredibilityId | null): string | null {
  const code = `${reliability ?? ''}${credibility ?? ''}`;
  return code || null;
}
