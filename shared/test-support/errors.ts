/**
 * For tests only: the WarrantError a call throws or a promise rejects with, failing the test
 * when there is none (or something else is thrown), so a test can go on to check its code and
 * message.
 */
import { expect } from 'vitest';
import { WarrantError } from '../result.js';

/** Runs `fn` and returns the WarrantError it throws (failing the test if it does not). */
export function thrown(fn: () => unknown): WarrantError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WarrantError);
    return e as WarrantError;
  }
  throw new Error('expected a WarrantError, nothing was thrown');
}

/** Awaits a promise that should reject and returns its WarrantError. */
export async function rejection(promise: Promise<unknown>): Promise<WarrantError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(WarrantError);
  return e as WarrantError;
}
