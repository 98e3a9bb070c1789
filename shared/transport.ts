/**
 * The client-side shape of the contract: one async function per method, each resolving to a
 * Result, plus an event subscription. Electron's preload and the HTTP client both provide it.
 */
import type { AnyEvent, ArgsOf, MethodName, ResultOf } from './api.js';
import type { Result } from './result.js';

/** HTTP header carrying `warrant serve`'s per-run token on every API call. */
export const TOKEN_HEADER = 'X-Warrant-Token';

/** The HTTP path of a method (`/api/<method>`) and of the push-event stream. */
export const API_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';

/** One function per backend method, as exposed to the renderer. */
export type WarrantApi = {
  [M in MethodName]: (args: ArgsOf<M>) => Promise<Result<ResultOf<M>>>;
};

/** What a transport gives the renderer: the methods, and a way to hear push events. */
export interface WarrantBridge {
  api: WarrantApi;
  /** Subscribes to every push event; returns the unsubscribe function. */
  onEvent(listener: (event: AnyEvent) => void): () => void;
}

/** Backend side: one handler per method, receiving already-validated arguments. */
export type Handlers = {
  [M in MethodName]: (args: ResultArgs<M>) => Promise<ResultOf<M>>;
};
type ResultArgs<M extends MethodName> = import('zod').output<import('./api.js').Methods[M]['args']>;
