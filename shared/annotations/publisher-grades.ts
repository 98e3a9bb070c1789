/**
 * Setting a publisher's source reliability grade (Admiralty A–F), as a pure function from one
 * list of grades to the next, like the annotation operations: the backend keeps the previous
 * list for undo, and the rules live in one tested place. A grade is keyed by the publisher's
 * normalised name, so "The Wall Street Journal" and "the wall street journal" are one
 * publisher. Clearing keeps the record with a null grade and a new revision (never a deletion),
 * so merging copies can tell "cleared" from "never graded" (shared/merge/merge-publishers.ts).
 */
import { nextRevision } from '../merge/versioned.js';
import type { PublisherGrade } from '../model.js';
import { publisherKey, type ReliabilityId } from '../reliability-scale.js';
import { WarrantError } from '../result.js';
import type { Stamp } from './operations.js';

/** Sets (or, with null, clears) the reliability grade of the publisher named `name`. */
export function setPublisherReliability(publishers: readonly PublisherGrade[], name: string, reliability: ReliabilityId | null, s: Stamp): { publishers: PublisherGrade[]; grade: PublisherGrade } {
  const id = publisherKey(name);
  if (!id) throw new WarrantError('bad-args', 'Name the publisher to grade: the source name was empty.');
  const old = publishers.find((p) => p.id === id);
  if (!old) {
    const grade: PublisherGrade = { id, name: name.normalize('NFKC').replace(/\s+/gu, ' ').trim(), reliability, author: s.author, updatedAt: s.now, rev: s.newId(), revs: [] };
    return { publishers: [...publishers, grade], grade };
  }
  if (old.reliability === reliability) return { publishers: [...publishers], grade: old };
  const grade: PublisherGrade = { ...old, reliability, author: s.author, updatedAt: s.now, ...nextRevision(old, s.newId()) };
  return { publishers: publishers.map((p) => (p.id === id ? grade : p)), grade };
}
