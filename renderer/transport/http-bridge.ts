/**
 * The browser transport for `warrant serve`: each method is a POST to API_PREFIX + <method>
 * carrying the per-run token; push events arrive on a streamed EVENTS_PATH response
 * (newline-delimited JSON). The paths and the header name come from shared/transport.ts, the
 * one place the server reads them too.
 *
 * It also watches whether the server answers (connection.ts): a call that cannot reach it or an
 * event stream that closes marks the connection lost; the stream, retried every second, marks it
 * connected again when the server is back. A refused token means the server was restarted.
 */
import { events, methods, type AnyEvent, type MethodName } from '../../shared/api.js';
import { resultSchema, type Result } from '../../shared/result.js';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, type WarrantApi, type WarrantBridge } from '../../shared/transport.js';
import { createConnectionMonitor, type MonitoredBridge } from './connection.js';

/** How long to wait before connecting the event stream again. */
const RETRY_MS = 1000;

/** Creates the HTTP bridge for a server at `base` (same origin by default). */
export function createHttpBridge(token: string, base = ''): WarrantBridge & MonitoredBridge {
  const connection = createConnectionMonitor();
  /** What an HTTP status says about the server: 401 is a server that no longer knows our token. */
  const heard = (status: number): void => connection.set(status === 401 ? 'restarted' : 'connected');

  /**
   * The server did not answer. The event stream notices its return when it was the stream that
   * broke; a call can fail while the stream still looks open (the network went away), so until
   * something answers, a cheap call asks every RETRY_MS.
   */
  let probing = false;
  /** Asks the server for `app.info`: true when it answered (any status, which `heard` reads). */
  const ping = async (): Promise<boolean> => {
    try {
      const response = await fetch(`${base}${API_PREFIX}app.info`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: '{}',
      });
      heard(response.status);
      return true;
    } catch {
      return false;
    }
  };
  const lost = (): void => {
    connection.set('lost');
    if (probing) return;
    probing = true;
    void (async () => {
      while (connection.get() === 'lost') {
        await new Promise((r) => setTimeout(r, RETRY_MS));
        await ping(); // not there yet: ask again
      }
      probing = false;
    })();
  };

  /**
   * Something failed to reach the server: ask it once, at once, before saying it is gone. A
   * stream dropped by a proxy or a busy moment is not a stopped server, and a badge that cries
   * "not answering" when the next call works would be one more status that lies.
   */
  const suspect = async (): Promise<void> => {
    if (!(await ping())) lost();
  };

  const call = async (method: MethodName, args: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`${base}${API_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      await suspect();
      return { ok: false, error: { code: 'io', message: 'Warrant’s server is not answering. Is `warrant serve` still running?' } };
    }
    heard(response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a readable body.` } };
    }
    // Validate what comes back too: the UI trusts nothing it has not checked.
    const parsed = resultSchema(methods[method].result).safeParse(body);
    if (!parsed.success) {
      return { ok: false, error: { code: 'internal', message: `The server's answer to ${method} did not match the contract.` } };
    }
    return parsed.data as Result<unknown>;
  };

  const api = Object.fromEntries(
    Object.keys(methods).map((name) => [name, (args: unknown) => call(name as MethodName, args)]),
  ) as unknown as WarrantApi;

  const listeners = new Set<(event: AnyEvent) => void>();
  let streaming = false;

  const stream = async (): Promise<void> => {
    for (;;) {
      try {
        const response = await fetch(`${base}${EVENTS_PATH}`, { headers: { [TOKEN_HEADER]: token } });
        heard(response.status);
        if (!response.ok || !response.body) throw new Error('no stream');
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let newline: number;
          while ((newline = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, newline);
            buffer = buffer.slice(newline + 1);
            if (line.trim()) deliver(line);
          }
        }
        // The stream ended: the server closed it (it is stopping) or the connection dropped.
        if (connection.get() === 'connected') await suspect();
      } catch {
        // The server is not there, or refused the stream (a 401 already said `restarted`).
        if (connection.get() === 'connected') await suspect();
      }
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  };

  const deliver = (line: string): void => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof raw !== 'object' || raw === null) return;
    const { name, payload } = raw as { name?: unknown; payload?: unknown };
    if (typeof name !== 'string' || !(name in events)) return;
    const parsed = events[name as keyof typeof events].safeParse(payload);
    if (!parsed.success) return;
    const event = { name, payload: parsed.data } as AnyEvent;
    for (const l of listeners) l(event);
  };

  return {
    api,
    connection,
    onEvent(listener) {
      listeners.add(listener);
      if (!streaming) {
        streaming = true;
        void stream();
      }
      return () => listeners.delete(listener);
    },
  };
}
