/**
 * The one formatter for schema (zod) failures, as Signal Desktop keeps one: every place that
 * validates untrusted data — the transports, project files, saved preferences — describes the
 * problem the same way, by JSON path, and never quotes the offending value back.
 */
import type { z } from 'zod';
import { MODEL_FIELD_NAMES } from './model-fields.js';

/** A path segment that is a field name as a schema names it; anything else came from the data. */
const FIELD_NAME = /^[A-Za-z_$][\w$]{0,40}$/;

/**
 * A JSON path a person can look up: `claims[3].text`, or "the top level". A key that is not a
 * plain field name (a record key, or text a damaged file made into a key) is shown as `[…]`:
 * it came from the file and is never quoted back.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : FIELD_NAME.test(String(p)) ? `.${String(p)}` : '[…]'))
    .join('')
    .replace(/^\./, '');
}

/**
 * One issue as "where: what". zod's messages name types and limits, never the value itself —
 * except for unknown keys, which it quotes. A damaged file can turn any run of its text into a
 * key, so an unknown key is named only when it is a field Warrant itself defines somewhere (a
 * field of another format or item, e.g. `verdict` in a format-2 claim); others are counted.
 */
export function formatIssue(issue: { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    const known = keys.filter((k) => MODEL_FIELD_NAMES.has(k));
    const others = keys.length - known.length;
    const parts = [
      ...(known.length ? [`${known.length === 1 ? 'a field' : 'fields'} this format does not have (${known.map((k) => `"${k}"`).join(', ')})`] : []),
      ...(others > 0 || keys.length === 0 ? [`${others <= 1 ? 'a field' : `${others} fields`} Warrant does not know`] : []),
    ];
    return `${formatPath(issue.path)}: ${parts.join(' and ')} — unknown fields are refused, not dropped`;
  }
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** The first `max` issues of an error, joined, with a count of the rest. */
export function formatIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map(formatIssue);
  const rest = error.issues.length - max;
  return parts.join('; ') + (rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'})` : '');
}
