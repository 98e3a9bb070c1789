/**
 * The caller's handle on one search worker thread (named so the build does not take it for
 * a worker entry point, which are the `*-worker.ts` files): request/response over postMessage.
 * An idle worker does not keep the process alive; one with requests in flight does.
 */
import { Worker } from 'node:worker_threads';
import { WarrantError } from '../../shared/result.js';
import type { Op, Reply, Request, Requests } from './protocol.js';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export class ShardWorker {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private dead: Error | null = null;
  /** Called with the number of documents newly analyzed. */
  onProgress: (done: number) => void = () => undefined;
  /** Called when a document's text does not match its contentHash. */
  onStale: (docId: string) => void = () => undefined;
  /** Called once if the thread dies on its own (crash, out of memory). */
  onDeath: (e: Error) => void = () => undefined;

  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.unref();
    this.worker.on('message', (msg: Reply) => {
      if (msg.kind === 'progress') {
        this.onProgress(msg.done);
        return;
      }
      if (msg.kind === 'stale') {
        this.onStale(msg.docId);
        return;
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.settle(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new WarrantError(msg.error.code, msg.error.message));
    });
    this.worker.on('error', (e) => this.die(e instanceof Error ? e : new Error(String(e)), true));
    this.worker.on('exit', (code) => this.die(new Error(`the search worker exited (code ${code})`), true));
  }

  /** The worker's thread id (as seen by the caller). */
  get threadId(): number {
    return this.worker.threadId;
  }

  call<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, ...args } as Request);
    });
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private die(e: Error, unexpected: boolean): void {
    if (this.dead) return;
    this.dead = e;
    for (const [id, p] of this.pending) {
      this.settle(id);
      p.reject(e);
    }
    if (unexpected) this.onDeath(e);
  }

  /** Stops the thread now; requests in flight fail. */
  async terminate(): Promise<void> {
    this.die(new Error('the search worker was stopped'), false);
    await this.worker.terminate();
  }

  /** Lets the worker answer what it was asked and finish writing its cache, then stops it. */
  async close(): Promise<void> {
    try {
      await this.call('close', {});
    } catch {
      // Already dead: nothing to wait for.
    }
    await this.terminate();
  }
}
