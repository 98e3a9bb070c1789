/**
 * Reading an API request's JSON body with a hard size cap, and without the extra copies that
 * made a 250 MB upload cost three to four times its size: the bytes go into one buffer (sized
 * from Content-Length when it is given), are decoded to one string and parsed once.
 */
import type { IncomingMessage } from 'node:http';
import { LIMITS } from '../../shared/limits.js';

/**
 * The largest request body. The largest legitimate request is an import of one file of
 * LIMITS.maxImportBytes sent as base64 inside JSON (4 bytes per 3, plus its name and the JSON
 * around it). The browser reads files ≤ that limit only and sends them in batches of ~24 MB of
 * base64 (renderer/lib/files.ts `batchSources`), a batch holding at least one file — so one
 * maximum-size file fits, and anything larger is not from Warrant's own UI.
 */
export const MAX_BODY_BYTES = Math.ceil(LIMITS.maxImportBytes / 3) * 4 + 1024 * 1024;

/**
 * The largest body of any other call. The biggest legitimate ones are `merge.apply` and
 * `merge.decide` with up to 100,000 decisions (well under 16 MB). Other calls are not counted
 * against the heavy-call limit, so they must not be able to hold large bodies either.
 */
export const MAX_LIGHT_BODY_BYTES = 16 * 1024 * 1024;

/** What reading a body gave. */
export type BodyResult =
  | { kind: 'ok'; value: unknown }
  | { kind: 'too-large' }
  | { kind: 'bad-json' }
  /** The client went away (or the connection was cut) before sending the whole body. */
  | { kind: 'aborted' };

/**
 * Reads and parses `req`'s JSON body, refusing (`too-large`) a Content-Length over `cap` before
 * reading anything and a chunked body as soon as it passes `cap`. Never holds more than `cap`
 * bytes. On `too-large` the rest of the body is left unread: the caller answers and closes.
 */
export function readJsonBody(req: IncomingMessage, cap = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  const length = declared === undefined ? null : Number(declared);
  if (length !== null && (!Number.isSafeInteger(length) || length > cap)) return Promise.resolve({ kind: 'too-large' });
  return new Promise((settle) => {
    // Known length: one buffer of that size, filled in place. Chunked: the chunks, joined once.
    let whole = length !== null ? Buffer.allocUnsafe(length) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      whole = null;
      chunks.length = 0;
      settle(result);
    };
    const onData = (chunk: Buffer): void => {
      if (size + chunk.length > (length ?? cap)) {
        // More than declared (Node's parser forbids it, but never trust it) or past the cap.
        req.pause();
        return finish({ kind: 'too-large' });
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    /** The body as one string, dropping every reference to its bytes (so they can go before parsing). */
    const takeText = (): string => {
      const bytes = whole ? whole.subarray(0, size) : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      whole = null;
      chunks.length = 0;
      return bytes.toString('utf8');
    };
    const onEnd = (): void => {
      const text = takeText();
      if (text.length === 0) return finish({ kind: 'ok', value: {} });
      try {
        finish({ kind: 'ok', value: JSON.parse(text) as unknown });
      } catch {
        finish({ kind: 'bad-json' });
      }
    };
    const onError = (): void => finish({ kind: 'aborted' });
    const onClose = (): void => {
      if (!req.complete) finish({ kind: 'aborted' });
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
