/**
 * Errors cross process boundaries as values, never as thrown exceptions, so that the
 * renderer can always show the researcher a message instead of crashing.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

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
  'limit', // a documented limit (article count, text length, file size) would be exceeded
  'conflict', // the project file was changed on disk by someone else since it was read
  'different-project', // a file offered for merging is another project, not a copy of this one
  'bad-file', // a file offered for import is damaged, hostile or not what its name says
  'busy', // another long operation (import) is running
  'read-only', // the project was opened read-only (the rest of a damaged file): nothing is changed or saved
  'cancelled', // the user cancelled
  'unsupported', // not available in this shell (e.g. native dialogs in the browser)
  'internal', // a bug: the message says what failed
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * Structured facts about a failure, so the UI decides on fields rather than on message text
 * (e.g. which file already exists, which limit was hit).
 */
export const ErrorDetails = z
  .object({
    /** The file the error is about, as the backend names it (absolute path). */
    path: z.string().max(LIMITS.maxPathLength),
    /** The file's base name, for messages. */
    file: z.string().max(LIMITS.maxPathLength),
    /** The limit that would be exceeded. */
    limit: z.number(),
    /** For `bad-args`: the path of the argument that was refused (`limit`, `patch.text`). */
    field: z.string().max(200),
    /** For `bad-args`: what is wrong with it, without the method or field ("Too big: expected number to be <=1000"). */
    reason: z.string().max(1000),
    /** What the UI can offer instead: `open-read-only` — open the rest of a damaged project, read-only. */
    recovery: z.enum(['open-read-only']),
  })
  .partial()
  .strict();
export type ErrorDetails = z.infer<typeof ErrorDetails>;

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
  details: ErrorDetails.optional(),
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
export function err<T = never>(code: ErrorCode, message: string, details?: ErrorDetails): Result<T> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/**
 * An exception that carries an ErrorCode; thrown inside services and turned into an
 * error value at the transport boundary.
 */
export class WarrantError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.code = code;
    this.details = details;
    this.name = 'WarrantError';
  }
}

/** Converts anything thrown into an AppError a user can read. */
export function toAppError(e: unknown): AppError {
  if (e instanceof WarrantError) return e.details ? { code: e.code, message: e.message, details: e.details } : { code: e.code, message: e.message };
  if (e instanceof Error) return { code: 'internal', message: e.message };
  return { code: 'internal', message: String(e) };
}
