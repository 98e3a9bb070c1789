/**
 * The backend side of every transport: checks the method name, validates the arguments, runs
 * the handler and turns whatever happens into a Result value. The result is validated too, so
 * a bug shows up as a clear error instead of a UI that misreads data.
 */
import { isMethodName, methods, type MethodName } from '../../shared/api.js';
import { err, ok, toAppError, type Result } from '../../shared/result.js';
import type { Handlers } from '../../shared/transport.js';

/** Calls `method` with untrusted `rawArgs`. Never throws. */
export async function dispatch(handlers: Handlers, method: string, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) return err('not-found', `Unknown method “${method.slice(0, 80)}”.`);
  const spec = methods[method];
  const args = spec.args.safeParse(rawArgs ?? {});
  if (!args.success) {
    const first = args.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    return err('bad-args', `Invalid request to ${method}${where}: ${first?.message ?? 'invalid arguments'}.`);
  }
  try {
    const handler = handlers[method] as (a: unknown) => Promise<unknown>;
    const value = await handler(args.data);
    const checked = spec.result.safeParse(value);
    if (!checked.success) return err('internal', `${method} produced a result that does not match the contract: ${checked.error.issues[0]?.message ?? ''}`);
    return ok(checked.data);
  } catch (e) {
    return { ok: false, error: toAppError(e) };
  }
}

/** The list of method names, for transports that register one channel per method. */
export const methodNames = Object.keys(methods) as MethodName[];
