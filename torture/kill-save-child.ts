/**
 * The process the kill-during-save trials SIGKILL: it opens the project with ProjectSession, as
 * the app does, and saves new versions back to back, each marked with a sequence number in the
 * project's name. Before each save it writes `B <n>` to stdout and after it `E <n>`, with
 * writeSync: on Linux a pipe write is complete when the call returns, so the parent knows after
 * the kill exactly which save was under way and which had finished.
 *
 * `measure` mode saves `count` times and prints each save's duration instead (`M <ms>`).
 */
import { writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ProjectSession } from '../electron/project/session.js';
import { seqOf, withSeq } from './kill-save-marker.js';

const [mode, path, countArg] = process.argv.slice(2);
if (!path || (mode !== 'loop' && mode !== 'measure')) throw new Error('usage: kill-save-child loop|measure <project> [count]');

const say = (line: string) => writeSync(1, `${line}\n`);

// Autosave is left to its timer's default; every save here is explicit, and save() cancels it.
const session = await ProjectSession.open(path, { autosaveDelayMs: 3_600_000 });
let seq = seqOf(session.data.name);
say(`R ${seq}`);
const count = mode === 'measure' ? Number(countArg ?? 20) : Infinity;
for (let i = 0; i < count; i++) {
  seq += 1;
  const next = seq;
  session.update((p) => withSeq(p, next));
  say(`B ${next}`);
  const started = performance.now();
  await session.save();
  if (mode === 'measure') say(`M ${(performance.now() - started).toFixed(2)}`);
  say(`E ${next}`);
}
