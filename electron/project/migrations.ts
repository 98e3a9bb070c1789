/**
 * Upgrades older project files to the current schema. Each step takes version N to N+1 and is
 * kept forever, so any file Warrant ever wrote still opens. Steps work on the parsed JSON
 * before validation; the result is validated against the current schema afterwards.
 */
import { CURRENT_SCHEMA_VERSION } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';

type Versioned = { schemaVersion: number };
type Step = (old: Versioned) => Versioned;

/** steps[n] upgrades a version-n file to version n+1. */
const steps: Record<number, Step> = {
  // Format 2 adds highlights, claims, evidence links and removed-article records.
  1: (old) => ({ ...old, schemaVersion: 2, highlights: [], claims: [], links: [], removedArticles: [] }),
};

/** Applies every step from the file's version up to the current one. */
export function migrateToCurrent(file: Versioned): Versioned {
  let current = file;
  while (current.schemaVersion < CURRENT_SCHEMA_VERSION) {
    const step = steps[current.schemaVersion];
    if (!step) throw new WarrantError('corrupt-project', `Project format ${current.schemaVersion} is not one Warrant ever wrote.`);
    current = step(current);
  }
  return current;
}
