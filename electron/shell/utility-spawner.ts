/**
 * Worker processes in the desktop app: Electron's `utilityProcess.fork`, given to the backend as
 * `BackendOptions.spawnProcess` (electron/workers/process-client.ts describes the contract).
 * Electron's binary is not a plain Node, so `child_process.fork` is not the way there; a utility
 * process is Chromium's sandboxable child, killed with the app.
 *
 * Not run by any test here (Electron cannot start in CI); kept thin and typed against both sides.
 */
import { utilityProcess } from 'electron';
import { StderrTail, type ProcessExit, type ProcessSpawner } from '../workers/process-client.js';

/** Starts a worker process as an Electron utility process. */
export const utilitySpawner: ProcessSpawner = ({ script, args, heapMb, name }) => {
  const child = utilityProcess.fork(script, args, {
    serviceName: `Warrant: ${name}`,
    execArgv: heapMb ? [`--max-old-space-size=${heapMb}`] : [],
    // stdout dropped (parsers must not write into anything); stderr kept to tell why a worker died.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr = new StderrTail();
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  let fatal = false;
  // V8's fatal errors come as 'error' before 'exit'; in a parser that is the heap cap, in practice.
  child.on('error', (_type, location) => {
    fatal = true;
    stderr.push(`\n${location}\n`);
  });
  let exited: ProcessExit | null = null;
  const listeners: ((exit: ProcessExit) => void)[] = [];
  child.on('exit', (code) => {
    exited = { code, signal: null, outOfMemory: fatal || stderr.outOfMemory, lastError: stderr.lastError };
    for (const listener of listeners) listener(exited);
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => (exited ? listener(exited) : listeners.push(listener)),
    kill: () => void child.kill(),
    // A utility process never keeps Electron's main process alive: nothing to hold or release.
    ref: () => undefined,
    unref: () => undefined,
  };
};
