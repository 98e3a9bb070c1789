/**
 * The caller's handle on one worker (protocol.ts): typed calls answered by promises, progress
 * per call, events, and a death notice. {@link ProtocolClient} is the protocol itself, whatever
 * carries it; {@link WorkerClient} runs the worker on a thread of this process, and
 * ProcessWorkerClient (process-client.ts) in a process of its own. An idle client does not keep
 * the process alive; one with calls in flight does.
 */
import { Worker } from 'node:worker_threads';
import { WarrantError } from '../../shared/result.js';
import { workerScript } from './locate.js';
import type { ArgsOf, CallMessage, MethodMap, ProgressOf, ResultOf, WorkerMessage } from './protocol.js';

/** Options of a {@link WorkerClient}. */
export interface WorkerClientOptions {
  /** How messages name the worker: "the search worker". */
  name: string;
  /** Heap cap of the thread in MB, so that a hostile input can exhaust a worker, not the app (see heap.ts). */
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

/** What the protocol needs of whatever carries it: a way to send, and to hold or release the event loop. */
export interface WorkerLink {
  send(message: CallMessage): void;
  /** Keep this process alive (calls are in flight). */
  ref(): void;
  /** Let this process exit even though the worker lives (it is idle). */
  unref(): void;
}

/**
 * The protocol over any link: one pending promise per call, progress and events routed, and on
 * death every call in flight rejected with the same error. Subclasses start the worker, call
 * {@link receive} with its messages and {@link die} when it ends.
 */
export abstract class ProtocolClient<M extends MethodMap<M>, E = Record<never, never>> {
  protected readonly name: string;
  private link: WorkerLink | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private dead: Error | null = null;
  private readyReceived = false;
  private onReady: () => void = () => undefined;
  /**
   * Resolves once the worker's code has loaded and listens (never, if it dies first), so that
   * time budgets can leave out a worker's start-up.
   */
  readonly ready: Promise<void> = new Promise((resolve) => (this.onReady = resolve));
  /** Handlers for the worker's events. */
  readonly events: EventHandlers<E> = {};
  /**
   * Called once if the worker dies on its own (crash, out of memory, killed), after every call
   * in flight has been rejected with the same error. `started` is false when it died before its
   * code had even loaded.
   */
  onDeath: (error: Error, started: boolean) => void = () => undefined;

  protected constructor(name: string) {
    this.name = name;
  }

  /** Who runs the calls: a thread id, or a process id. Never this thread's or process's own. */
  abstract get workerId(): number;

  /** Stops the worker now; calls in flight fail. */
  abstract terminate(): Promise<void>;

  /** True once the worker's code has loaded and listens. */
  get started(): boolean {
    return this.readyReceived;
  }

  /** Subclasses: where calls go, once the worker is started. */
  protected attach(link: WorkerLink): void {
    this.link = link;
    link.unref();
  }

  /** Calls `method`; resolves with its result, rejects with a WarrantError or the worker's death. */
  call<K extends keyof M & string>(method: K, args: ArgsOf<M, K>, options: CallOptions<ProgressOf<M, K>> = {}): Promise<ResultOf<M, K>> {
    if (this.dead) return Promise.reject(this.dead);
    const link = this.link;
    if (!link) return Promise.reject(new Error(`${this.name} is not running`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) link.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress as ((data: unknown) => void) | undefined });
      const message: CallMessage = { kind: 'call', id, method, args };
      link.send(message);
    });
  }

  /** Subclasses: one message from the worker. */
  protected receive(message: WorkerMessage): void {
    switch (message.kind) {
      case 'ready':
        this.readyReceived = true;
        this.onReady();
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
      case 'crash':
        // Only process workers send it, just before they exit: the exit then reports it.
        return;
    }
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.link?.unref();
  }

  /** Subclasses: the worker has ended (`unexpected`: on its own, not by {@link terminate}). */
  protected die(error: Error, unexpected: boolean): void {
    if (this.dead) return;
    this.dead = error;
    for (const [id, pending] of this.pending) {
      this.settle(id);
      pending.reject(error);
    }
    if (unexpected) this.onDeath(error, this.readyReceived);
  }
}

/** A worker thread speaking protocol.ts, started from `entry` (see locate.ts). */
export class WorkerClient<M extends MethodMap<M>, E = Record<never, never>> extends ProtocolClient<M, E> {
  private readonly worker: Worker;

  constructor(entry: URL, options: WorkerClientOptions) {
    super(options.name);
    const script = workerScript(entry);
    this.worker = new Worker(script.url, {
      workerData: script.workerData,
      ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
    });
    const worker = this.worker;
    this.attach({ send: (message) => worker.postMessage(message), ref: () => worker.ref(), unref: () => worker.unref() });
    worker.on('message', (message: WorkerMessage) => this.receive(message));
    worker.on('error', (e) => this.die(e instanceof Error ? e : new Error(String(e)), true));
    worker.on('exit', (code) => this.die(new Error(`${this.name} stopped (exit code ${code})`), true));
  }

  /** The worker's thread id (as seen by the caller, and by the worker itself). */
  get threadId(): number {
    return this.worker.threadId;
  }

  get workerId(): number {
    return this.worker.threadId;
  }

  async terminate(): Promise<void> {
    this.die(new Error(`${this.name} was stopped`), false);
    await this.worker.terminate();
  }
}
