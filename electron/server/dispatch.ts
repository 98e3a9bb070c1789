/**
 * The backend side of every transport (IPC, HTTP, the CLI): checks the method name, validates
 * the arguments, runs the handler and turns whatever happens into a Result value. The result is
 * validated too, so a bug shows up as a clear error instead of a UI that misreads data.
 */
import { isMethodName, methods, type MethodName } from '../../shared/api.js';
import { err, ok, toAppError, type Result } from '../../shared/result.js';
import { formatIssue, formatPath } from '../../shared/schemas.js';
import type { Handlers } from '../../shared/transport.js';

/** The contract's method names, for transports that register one channel per method. */
export const methodNames = Object.keys(methods) as MethodName[];

/** Calls `method` with untrusted `rawArgs`. Never throws. */
export async function dispatch(handlers: Handlers, method: string, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) return err('not-found', `Unknown method “${method.slice(0, 80)}”.`);
  const spec = methods[method];
  const args = spec.args.safeParse(rawArgs ?? {});
  if (!args.success) {
    const first = args.error.issues[0];
    const field = first?.path.length ? formatPath(first.path) : null;
    const where = field ? ` (${field})` : '';
    // The bare reason goes in the details too, so a caller can word it its own way (the CLI names its option).
    const reason = first?.message ?? 'invalid arguments';
    return err('bad-args', `Invalid request to ${method}${where}: ${reason}.`, field ? { field, reason } : { reason });
  }
  try {
    const handler = handlers[method] as (a: unknown) => Promise<unknown>;
    const value = await handler(args.data);
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      const first = checked.error.issues[0];
      return err('internal', `${method} produced a result that does not match the contract (${first ? formatIssue(first) : 'invalid'}).`);
    }
    return ok(checked.data);
  } catch (e) {
    return { ok: false, error: toAppError(e) };
  }
}
