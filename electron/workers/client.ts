/**
 * The caller's handle on one worker thread (protocol.ts): typed calls answered by promises,
 * progress per call, events, and a death notice. An idle worker does not keep the process
 * alive; one with calls in flight does.
 */
import { Worker } from 'node:worker_threads';
import { WarrantError } from '../../shared/result.js';
import { workerScript } from './locate.js';
import type { ArgsOf, CallMessage, MethodMap, ProgressOf, ResultOf, WorkerMessage } from './protocol.js';

/** Options of a {@link WorkerClient}. */
export interface WorkerClientOptions {
  /** How messages name the worker: "the search worker". */
  name: string;
  /** Heap cap of the thread in MB, so that a hostile input can exhaust a worker, not the app. */
  maxHeapMb?: number;
}

/** Options of one call. */
export interface CallOptions<P> {
  onProgress?: (data: P) => void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress: ((data: unknown) => void) | undefined;
}

/** Event handlers, one per event name of `E`. */
export type EventHandlers<E> = { [K in keyof E]?: (data: E[K]) => void };

/** A worker thread speaking protocol.ts, started from `entry` (see locate.ts). */
export class WorkerClient<M extends MethodMap<M>, E = Record<never, never>> {
  private readonly worker: Worker;
  private readonly name: string;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private dead: Error | null = null;
  private readyReceived = false;
  /** Handlers for the worker's events. */
  readonly events: EventHandlers<E> = {};
  /**
   * Called once if the thread dies on its own (crash, out of memory), after every call in
   * flight has been rejected with the same error. `started` is false when it died before its
   * code had even loaded.
   */
  onDeath: (error: Error, started: boolean) => void = () => undefined;

  constructor(entry: URL, options: WorkerClientOptions) {
    this.name = options.name;
    const script = workerScript(entry);
    this.worker = new Worker(script.url, {
      workerData: script.workerData,
      ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
    });
    this.worker.unref();
    this.worker.on('message', (message: WorkerMessage) => this.receive(message));
    this.worker.on('error', (e) => this.die(e instanceof Error ? e : new Error(String(e)), true));
    this.worker.on('exit', (code) => this.die(new Error(`${this.name} stopped (exit code ${code})`), true));
  }

  /** The worker's thread id (as seen by the caller, and by the worker itself). */
  get threadId(): number {
    return this.worker.threadId;
  }

  /** True once the worker's code has loaded and listens. */
  get started(): boolean {
    return this.readyReceived;
  }

  /** Calls `method`; resolves with its result, rejects with a WarrantError or the thread's death. */
  call<K extends keyof M & string>(method: K, args: ArgsOf<M, K>, options: CallOptions<ProgressOf<M, K>> = {}): Promise<ResultOf<M, K>> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress as ((data: unknown) => void) | undefined });
      const message: CallMessage = { kind: 'call', id, method, args };
      this.worker.postMessage(message);
    });
  }

  /** Stops the thread now; calls in flight fail. */
  async terminate(): Promise<void> {
    this.die(new Error(`${this.name} was stopped`), false);
    await this.worker.terminate();
  }

  private receive(message: WorkerMessage): void {
    switch (message.kind) {
      case 'ready':
        this.readyReceived = true;
        return;
      case 'event': {
        const handler = this.events[message.event as keyof E] as ((data: unknown) => void) | undefined;
        handler?.(message.data);
        return;
      }
      case 'progress':
        this.pending.get(message.id)?.onProgress?.(message.data);
        return;
      case 'result':
      case 'error': {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.settle(message.id);
        if (message.kind === 'result') pending.resolve(message.value);
        else pending.reject(new WarrantError(message.error.code, message.error.message));
        return;
      }
    }
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private die(error: Error, unexpected: boolean): void {
    if (this.dead) return;
    this.dead = error;
    for (const [id, pending] of this.pending) {
      this.settle(id);
      pending.reject(error);
    }
    if (unexpected) this.onDeath(error, this.readyReceived);
  }
}
