/**
 * The anchoring worker: places highlights in an article's text off the UI thread (fuzzy
 * matching a changed passage in a 5 MB article takes about half a second). A thin wrapper
 * around createAnchorHandler, which keeps the texts the client sends.
 */
import type { AnchorRequest, AnchorResponse } from './anchor-protocol.js';
import { createAnchorHandler } from './anchor-texts.js';

// The renderer is type-checked with the DOM library, not WebWorker's: this is the part of the
// worker's global scope used here.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnchorRequest>) => void) | null;
  postMessage(message: AnchorResponse): void;
};

const handle = createAnchorHandler();
scope.onmessage = ({ data }) => {
  const answer = handle(data);
  if (answer) scope.postMessage(answer);
};
