/**
 * How CLI commands reach the backend: one backend per command, called through `dispatch` as the
 * transports call it, so the CLI's arguments get the contract's validation.
 */
import type { AnyEvent, ArgsOf, MethodName, ResultOf } from '../shared/api.js';
import { WarrantError } from '../shared/result.js';
import { createBackend, type Backend } from './server/backend.js';
import { appVersion, defaultProjectDir, indexCacheDir, sampleDir } from './server/paths.js';
import { createNodePrefs } from './server/prefs/store.js';

/** A backend for one CLI command (the browser shell: no native dialogs). */
export function makeBackend(shell: 'browser', emit: (e: AnyEvent) => void = () => undefined): Backend {
  return createBackend({
    shell,
    version: appVersion(),
    prefs: createNodePrefs(process.env.WARRANT_CONFIG_DIR),
    cacheDir: indexCacheDir(),
    sampleDir: sampleDir(),
    defaultProjectDir: defaultProjectDir(),
    emit,
  });
}

/** Command-line options that map to contract fields. */
const OPTION_FOR_FIELD: Readonly<Record<string, string>> = { limit: '--limit' };

/**
 * Calls a backend method through `dispatch`, as the IPC and HTTP transports do — so the CLI's
 * arguments get the contract's validation — and throws a failure as a WarrantError, for linear
 * CLI code.
 */
export async function call<M extends MethodName>(backend: Backend, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const result = await backend.call(method, args);
  if (result.ok) return result.value;
  const { code, message, details } = result.error;
  // Name the option the researcher typed rather than the contract's field.
  const option = details?.field ? OPTION_FOR_FIELD[details.field] : undefined;
  if (code === 'bad-args' && option && details?.reason) throw new WarrantError(code, `${option}: ${details.reason}.`, details);
  throw new WarrantError(code, message, details);
}

