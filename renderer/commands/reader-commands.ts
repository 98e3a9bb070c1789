/**
 * Stepping through search hits and find matches in the open article.
 */
import { command } from './types.js';

/** Elements where Enter means something else than "next hit". */
function isInteractive(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, input, textarea, select, [contenteditable="true"]') !== null;
}

/** The reader's commands. */
export const READER_COMMANDS = [
  command({
    id: 'reader.next',
    label: 'Next find match, or next search hit',
    scope: 'window',
    keys: [
      { key: 'g', mod: true, shift: false },
      { key: 'F3', mod: 'any', shift: false },
    ],
    help: 'everywhere',
    anywhere: true,
    enabled: ({ reader }) => !!reader,
    run: ({ reader }) => reader?.step(1),
  }),
  command({
    id: 'reader.previous',
    label: 'Previous find match, or previous search hit',
    scope: 'window',
    keys: [
      { key: 'g', mod: true, shift: true },
      { key: 'F3', mod: 'any', shift: true },
    ],
    help: 'everywhere',
    anywhere: true,
    enabled: ({ reader }) => !!reader,
    run: ({ reader }) => reader?.step(-1),
  }),
  command({
    id: 'hits.next',
    label: 'Next search hit',
    scope: 'reader',
    keys: [{ key: 'Enter', shift: false }],
    help: 'reader',
    enabled: ({ reader }, how) => !!reader && reader.hitCount > 0 && !(how.source === 'key' && isInteractive(how.press.target)),
    run: ({ reader }) => reader?.stepHit(1),
  }),
  command({
    id: 'hits.previous',
    label: 'Previous search hit',
    scope: 'reader',
    keys: [{ key: 'Enter', shift: true }],
    help: 'reader',
    enabled: ({ reader }, how) => !!reader && reader.hitCount > 0 && !(how.source === 'key' && isInteractive(how.press.target)),
    run: ({ reader }) => reader?.stepHit(-1),
  }),
] as const;
