/**
 * The built-in sample's worked examples on the backend: placed once, when the sample project is
 * created (not undoable: there is nothing before them), and cleared on request as one undo step.
 * The examples themselves are in sample/examples.json; placing and clearing them are the pure
 * functions of shared/sample-examples.ts.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AnnotationState, Stamp } from '../../../shared/annotations/operations.js';
import type { ProjectFile } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';
import { addExamples, clearExamples, countExamples, EXAMPLE_AUTHOR, SampleExamples } from '../../../shared/sample-examples.js';
import { UNKNOWN_AUTHOR } from '../annotations/app.js';
import type { Undoable } from '../annotations/history.js';
import type { ServerContext } from '../context.js';
import { annotationsOf } from '../workspace.js';

/** sample/examples.json, beside the sample's articles folder. */
export function examplesFile(sampleDir: string): string {
  return join(dirname(sampleDir), 'examples.json');
}

/** Reads and checks the examples file; throws `internal` when it is missing or malformed (a broken installation). */
export async function readSampleExamples(sampleDir: string): Promise<SampleExamples> {
  const path = examplesFile(sampleDir);
  const raw = await readFile(path, 'utf8').catch(() => {
    throw new WarrantError('internal', 'The sample’s examples that come with Warrant are missing; the installation may be incomplete.');
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new WarrantError('internal', 'The sample’s examples that come with Warrant are damaged (not valid JSON).');
  }
  const parsed = SampleExamples.safeParse(json);
  if (!parsed.success) throw new WarrantError('internal', 'The sample’s examples that come with Warrant are damaged (they do not fit their format).');
  return parsed.data;
}

const stateOf = (p: ProjectFile): AnnotationState => ({ ...annotationsOf(p), deleted: p.deleted });
const undoable = (a: AnnotationState): Undoable => ({ highlights: a.highlights, claims: a.claims, links: a.links, ratings: a.ratings, deleted: a.deleted });

/**
 * Adds the examples to the open project (the sample just created and imported). Returns the
 * passages that could not be placed (none, unless the sample and its examples disagree).
 */
export async function placeSampleExamples(ctx: ServerContext): Promise<string[]> {
  const examples = await readSampleExamples(ctx.options.sampleDir);
  const data = ctx.workspace.need().data;
  const stamp: Stamp = { author: EXAMPLE_AUTHOR, now: new Date().toISOString(), newId: randomUUID };
  const { next, missing } = addExamples(stateOf(data), examples, data.articles, stamp);
  ctx.workspace.update((p) => ({ ...p, ...undoable(next) }));
  return missing;
}

/** Clears the examples from the open project as one undo step ("Clear examples"). */
export function clearSampleExamples(ctx: ServerContext): { claims: number; highlights: number } {
  const data = ctx.workspace.need().data;
  const before = stateOf(data);
  const found = countExamples(before);
  if (found.claims === 0 && found.highlights === 0) return found;
  // The deletion records carry who cleared them, like any deletion.
  const stamp: Stamp = { author: ctx.author.get() ?? UNKNOWN_AUTHOR, now: new Date().toISOString(), newId: randomUUID };
  const after = clearExamples(before, stamp);
  ctx.history.record('examples.clear', undoable(before), undoable(after));
  ctx.workspace.update((p) => ({ ...p, ...undoable(after) }));
  const left = countExamples(after);
  return { claims: found.claims - left.claims, highlights: found.highlights - left.highlights };
}
