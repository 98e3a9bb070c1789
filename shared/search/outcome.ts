/**
 * `ok` / `err` for code that runs inside the search worker. They build the same values as
 * shared/result.ts, which also defines zod schemas: importing it would pull zod into the
 * worker bundle and slow every worker's start. Only types are imported from there.
 */
import type { AppError, ErrorCode, Result } from '../result.js';

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Anything thrown, as an error value (always `internal`: expected failures are returned, not thrown). */
export function thrownToError(e: unknown): AppError {
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}
