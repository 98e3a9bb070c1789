/**
 * Errors cross process boundaries as values, never as thrown exceptions, so that the
 * renderer can always show the researcher a message instead of crashing.
 */
import { z } from 'zod';

/** Machine-readable category of a failure; the `message` is what a person reads. */
export const ErrorCode = z.enum([
  'bad-args', // the caller sent something the contract does not allow
  'bad-query', // a search query that cannot be parsed
  'no-project', // an action that needs an open project, with none open
  'not-found', // a file, article or method that does not exist
  'corrupt-project', // a project file that is unreadable, truncated or fails validation
  'newer-version', // a project file written by a newer Warrant
  'io', // the disk refused (permissions, full disk, …)
  'exists', // the target file exists and the caller did not say to replace it
  'conflict', // the project file was changed on disk by someone else since it was read
  'busy', // another long operation (import) is running
  'cancelled', // the user cancelled
  'unsupported', // not available in this shell (e.g. native dialogs in the browser)
  'internal', // a bug: the message says what failed
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
});
export type AppError = z.infer<typeof AppError>;

/** A value or an error, as sent over IPC and HTTP. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** zod schema for a Result carrying `value`. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: AppError }),
  ]);
}

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error code and a human-readable message as a failed result. */
export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/**
 * An exception that carries an ErrorCode; thrown inside services and turned into an
 * error value at the transport boundary.
 */
export class WarrantError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'WarrantError';
  }
}

/** Converts anything thrown into an AppError a user can read. */
export function toAppError(e: unknown): AppError {
  if (e instanceof WarrantError) return { code: e.code, message: e.message };
  if (e instanceof Error) return { code: 'internal', message: e.message };
  return { code: 'internal', message: String(e) };
}
