/**
 * The one formatter for schema (zod) failures, as Signal Desktop keeps one: every place that
 * validates untrusted data — the transports, project files, saved preferences — describes the
 * problem the same way, by JSON path, and never quotes the offending value back.
 */
import type { z } from 'zod';

/** A JSON path a person can look up: `claims[3].text`, or "the top level". */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** One issue as "where: what". zod's messages name types and limits, never the value itself. */
export function formatIssue(issue: { path: readonly PropertyKey[]; message: string }): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** The first `max` issues of an error, joined, with a count of the rest. */
export function formatIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map(formatIssue);
  const rest = error.issues.length - max;
  return parts.join('; ') + (rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'})` : '');
}
