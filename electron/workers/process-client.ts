/**
 * Workers in processes of their own, for code that reads untrusted files (import parsing): a
 * parser that crashes, runs out of memory or is killed takes only its process down, never the
 * app, and its heap cap is its own (`--max-old-space-size`). Same protocol and semantics as
 * worker threads (client.ts): ready, progress, events, death rejecting every call in flight.
 *
 * How the process is started is a {@link ProcessSpawner}: Node's `child_process.fork` by default
 * (CLI, `warrant serve`, tests), Electron's `utilityProcess.fork` in the desktop app (supplied by
 * electron/shell/utility-spawner.ts through BackendOptions, since only the shell may import
 * electron, and Electron's own binary is not a Node that `fork` could start).
 */
import { fork } from 'node:child_process';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ProtocolClient, type WorkerLink } from './client.js';
import { workerScript } from './locate.js';
import type { CallMessage, MethodMap, WorkerMessage } from './protocol.js';

/** How a worker process ended. */
export interface ProcessExit {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  /** The signal that ended it ("SIGKILL"), or null. */
  signal: string | null;
  /** It hit its heap cap (V8 reported "heap out of memory" before aborting). */
  outOfMemory: boolean;
  /** What its own code printed last before dying (kept for a worker that cannot even start). */
  lastError: string | null;
}

/** A started worker process, whatever started it. */
export interface SpawnedProcess {
  readonly pid: number | undefined;
  send(message: CallMessage): void;
  onMessage(listener: (message: WorkerMessage) => void): void;
  /** Called once, when the process has ended. */
  onExit(listener: (exit: ProcessExit) => void): void;
  /** Ends it now (SIGKILL where there are signals: a runaway parser gets no say). */
  kill(): void;
  ref(): void;
  unref(): void;
}

/** What to start: a script (an absolute path), its arguments, and its heap cap. */
export interface SpawnRequest {
  script: string;
  args: string[];
  /** `--max-old-space-size` of the process, in MB; none when absent. */
  heapMb?: number;
  /** "the import worker": for process lists and messages. */
  name: string;
}

/** Starts a worker process: {@link forkSpawner} in Node, `utilityProcess.fork` in Electron. */
export type ProcessSpawner = (request: SpawnRequest) => SpawnedProcess;

/** How much of a worker's stderr is kept, to tell an out-of-memory abort or a load error. */
const STDERR_TAIL = 8 * 1024;

/**
 * Keeps the end of a process's stderr, to tell why it died (V8 prints "heap out of memory" and
 * aborts; a module that fails to load prints its error). It is never shown as such.
 */
export class StderrTail {
  private text = '';

  /** Adds output. */
  push(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-STDERR_TAIL);
  }

  /** V8 ran out of heap. */
  get outOfMemory(): boolean {
    return /heap out of memory|Reached heap limit/i.test(this.text);
  }

  /** The message of the last error printed ("Error: module failed to load" gives the part after the colon). */
  get lastError(): string | null {
    const found = [...this.text.matchAll(/^\w*Error(?: \[\w+\])?: (.+)$/gm)].at(-1);
    return found?.[1]?.trim() ?? null;
  }
}

/** Starts worker processes with Node's `child_process.fork` (the CLI, `warrant serve`, tests). */
export const forkSpawner: ProcessSpawner = ({ script, args, heapMb }) => {
  const child = fork(script, args, {
    // Not the parent's own flags (a test runner's, an inspector's): only the heap cap.
    execArgv: heapMb ? [`--max-old-space-size=${heapMb}`] : [],
    // Structured clone, as between threads: Uint8Arrays and Maps cross intact.
    serialization: 'advanced',
    // Parsers must not write into the CLI's output; stderr is kept to tell why a process died.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const stderr = new StderrTail();
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  // A pipe to a child is a socket; an idle worker's must not keep this process alive either.
  const pipe = child.stderr as Socket | null;
  let exited: ProcessExit | null = null;
  const exitListeners: ((exit: ProcessExit) => void)[] = [];
  const finish = (code: number | null, signal: string | null) => {
    if (exited) return;
    exited = { code, signal, outOfMemory: stderr.outOfMemory, lastError: stderr.lastError };
    for (const listener of exitListeners) listener(exited);
  };
  // 'close' rather than 'exit': stderr has then been read to its end.
  child.on('close', (code, signal) => finish(code, signal));
  child.on('error', () => finish(null, null)); // could not be started or signalled at all
  return {
    pid: child.pid,
    send: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (m) => listener(m as WorkerMessage)),
    onExit: (listener) => (exited ? listener(exited) : exitListeners.push(listener)),
    kill: () => void child.kill('SIGKILL'),
    ref: () => {
      child.ref();
      child.channel?.ref();
      pipe?.ref();
    },
    unref: () => {
      child.unref();
      child.channel?.unref();
      pipe?.unref();
    },
  };
};

/** An Error with a Node-style `code`, as the pool tells deaths apart by code (worker-pool.ts). */
function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Options of a {@link ProcessWorkerClient}. */
export interface ProcessWorkerClientOptions {
  /** How messages name the worker: "the import worker". */
  name: string;
  /** `--max-old-space-size` of the process, in MB (see heap.ts). */
  maxHeapMb?: number;
  /** How to start it; {@link forkSpawner} by default. */
  spawner?: ProcessSpawner;
}

/**
 * A worker process speaking protocol.ts, started from `entry` (found as locate.ts says: the
 * bundled `*-worker.mjs`, or dev-entry.ts with the source as argument). Deaths carry a `code`:
 * `ERR_WORKER_OUT_OF_MEMORY` (heap cap, as for threads), `ERR_WORKER_KILLED` (a signal,
 * e.g. the system's out-of-memory killer), else the error its code died of.
 */
export class ProcessWorkerClient<M extends MethodMap<M>, E = Record<never, never>> extends ProtocolClient<M, E> {
  private readonly child: SpawnedProcess;
  private crashMessage: string | null = null;
  private exited = false;
  private readonly exit: Promise<void>;

  constructor(entry: URL, options: ProcessWorkerClientOptions) {
    super(options.name);
    const script = workerScript(entry);
    const spawn = options.spawner ?? forkSpawner;
    this.child = spawn({
      script: fileURLToPath(script.url),
      args: script.workerData ? [script.workerData.source] : [],
      ...(options.maxHeapMb ? { heapMb: options.maxHeapMb } : {}),
      name: options.name,
    });
    const child = this.child;
    const link: WorkerLink = { send: (message) => child.send(message), ref: () => child.ref(), unref: () => child.unref() };
    this.attach(link);
    child.onMessage((message) => {
      if (message.kind === 'crash') this.crashMessage = message.message;
      this.receive(message);
    });
    this.exit = new Promise((resolve) =>
      child.onExit((exit) => {
        this.exited = true;
        this.die(this.deathError(exit), true);
        resolve();
      }),
    );
  }

  /** The worker's process id (0 if it could not be started). */
  get workerId(): number {
    return this.child.pid ?? 0;
  }

  async terminate(): Promise<void> {
    this.die(new Error(`${this.name} was stopped`), false);
    if (!this.exited) {
      // Held until it has gone, so that awaiting this keeps the caller's process up meanwhile.
      this.child.ref();
      this.child.kill();
    }
    await this.exit;
  }

  private deathError(exit: ProcessExit): Error {
    if (exit.outOfMemory) return coded(`${this.name} ran out of memory`, 'ERR_WORKER_OUT_OF_MEMORY');
    if (this.crashMessage !== null) return new Error(this.crashMessage);
    if (exit.signal) return coded(`${this.name} was killed (${exit.signal})`, 'ERR_WORKER_KILLED');
    if (!this.started && exit.lastError) return new Error(exit.lastError);
    return new Error(`${this.name} stopped (exit code ${exit.code ?? 'unknown'})`);
  }
}
