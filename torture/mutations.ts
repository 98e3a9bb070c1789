/**
 * Mutations of a valid project file, as fast-check arbitraries, and the property every mutant
 * must satisfy: it loads exactly what it says, or it is refused with a WarrantError whose
 * message names the file and quotes none of its content. Shared by the `npm run torture`
 * mutation run and the small property test next to electron/project/project-file.ts.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { migrateToCurrent } from '../electron/project/migrations.js';
import { readProjectFile } from '../electron/project/project-file.js';
import { CURRENT_SCHEMA_VERSION } from '../shared/model.js';
import { WarrantError } from '../shared/result.js';
import { SECRET } from './sample-project.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path inside a JSON value (the root included), in a stable order. */
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/**
 * Values a field may be retyped to. Raw JSON text, not values: `1e400` parses to Infinity and a
 * 100,000-deep array cannot go through JSON.stringify, yet a file on disk can hold either.
 */
const weirdRaw: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('null', 'true', 'false', '0', '-0', '-1', '0.5', '1e308', '1e400', '-1e400', '9007199254740993', '4294967296', '""', '[]', '{}', '"4"', '[null]', '{"__proto__":{"polluted":1}}'),
  fc.integer({ min: 1, max: 100_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => JSON.stringify('x'.repeat(n))),
  fc.double().map((d) => (Number.isFinite(d) ? JSON.stringify(d) : '1e999')),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
);

/** Strings that are valid JSON yet odd: lone surrogates, NULs, bidi overrides, decomposed accents. */
const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('\uD800', '\uDC00x', '\u0000', 'a\u202Eb', 'e\u0301', '\uFEFF', '\u2028\u2029', '𝔘𝔫𝔦', '', ' ', '\u200B'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** One mutation, applied to the serialized project (`text`) and its parsed value. */
export type Mutation =
  | { kind: 'flip-byte'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert-bytes'; at: number; bytes: Uint8Array }
  | { kind: 'delete-range'; at: number; length: number }
  | { kind: 'duplicate-range'; at: number; length: number; to: number }
  | { kind: 'prefix'; raw: string }
  | { kind: 'delete-field'; node: number }
  | { kind: 'duplicate-field'; node: number; raw: string }
  | { kind: 'retype-field'; node: number; raw: string }
  | { kind: 'odd-string'; node: number; value: string }
  | { kind: 'rename-key'; node: number; name: string }
  | { kind: 'add-key'; node: number; name: string; raw: string }
  | { kind: 'duplicate-element'; node: number }
  | { kind: 'swap-elements'; node: number; other: number }
  | { kind: 'schema-version'; raw: string }
  | { kind: 'move-secret'; node: number };

const position = fc.nat();

/** Any mutation; positions and node numbers are taken modulo the file's size or node count. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip-byte' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insert-bytes' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete-range' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate-range' as const), at: position, length: fc.integer({ min: 1, max: 400 }), to: position }),
  fc.record({ kind: fc.constant('prefix' as const), raw: fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', ' \n', '\u0000', 'x', '[', '\uFFFE') }),
  fc.record({ kind: fc.constant('delete-field' as const), node: position }),
  fc.record({ kind: fc.constant('duplicate-field' as const), node: position, raw: weirdRaw }),
  fc.record({ kind: fc.constant('retype-field' as const), node: position, raw: weirdRaw }),
  fc.record({ kind: fc.constant('odd-string' as const), node: position, value: oddString }),
  fc.record({ kind: fc.constant('rename-key' as const), node: position, name: fc.oneof(oddString, fc.constantFrom('__proto__', 'constructor', 'Text', 'ID')) }),
  fc.record({ kind: fc.constant('add-key' as const), node: position, name: fc.oneof(oddString, fc.constantFrom('__proto__', 'extra', SECRET)), raw: weirdRaw }),
  fc.record({ kind: fc.constant('duplicate-element' as const), node: position }),
  fc.record({ kind: fc.constant('swap-elements' as const), node: position, other: position }),
  fc.record({ kind: fc.constant('schema-version' as const), raw: fc.constantFrom('0', '1', '2', '3', '5', '99', '"4"', '4.5', '-4', 'null', '1e400') }),
  fc.record({ kind: fc.constant('move-secret' as const), node: position }),
);

/**
 * JSON text of `value` where the object or array at `target` is written by `write` (given the
 * entries already as JSON text) — how raw values, duplicate keys and deep nesting get in.
 */
function stringifyWith(value: Json, target: Path, write: (node: Json) => string, here: Path = []): string {
  if (here.length === target.length && here.every((k, i) => k === target[i])) return write(value);
  if (Array.isArray(value)) return `[${value.map((v, i) => stringifyWith(v, target, write, [...here, i])).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${stringifyWith(v, target, write, [...here, k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Writes `node` as JSON with its entries rewritten by `entries` (key → raw JSON text). */
function objectText(node: Json, entries: (pairs: [string, string][]) => [string, string][]): string {
  if (Array.isArray(node)) return JSON.stringify(node);
  if (node === null || typeof node !== 'object') return JSON.stringify(node);
  const pairs = entries(Object.entries(node).map(([k, v]) => [k, JSON.stringify(v)]));
  return `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

/**
 * Applies `m` to the valid project file `bytes` (its parsed value `value`). Structural mutations
 * pick the `node`-th path (modulo) and change the field there, or its parent.
 */
export function applyMutation(o: Original, m: Mutation): Buffer {
  const { bytes, value, paths } = o;
  const at = (n: number) => n % (bytes.length + 1);
  const pick = (n: number, among: readonly Path[] = paths) => among[n % among.length]!;
  const parentOf = (n: number, among: readonly Path[] = paths): [Path, string | number] | null => {
    const path = pick(n, among);
    return path.length === 0 ? null : [path.slice(0, -1), path[path.length - 1]!];
  };
  const rewriteParent = (n: number, write: (parent: Json, key: string | number) => string, among: readonly Path[] = paths): Buffer => {
    const found = parentOf(n, among);
    if (!found) return bytes;
    const [parentPath, key] = found;
    return Buffer.from(stringifyWith(value, parentPath, (parent) => write(parent, key)));
  };
  switch (m.kind) {
    case 'flip-byte': {
      const copy = Buffer.from(bytes);
      if (copy.length > 0) copy[m.at % copy.length] = m.byte;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, at(m.at));
    case 'insert-bytes':
      return Buffer.concat([bytes.subarray(0, at(m.at)), m.bytes, bytes.subarray(at(m.at))]);
    case 'delete-range':
      return Buffer.concat([bytes.subarray(0, at(m.at)), bytes.subarray(at(m.at) + m.length)]);
    case 'duplicate-range': {
      const slice = bytes.subarray(at(m.at), at(m.at) + m.length);
      return Buffer.concat([bytes.subarray(0, at(m.to)), slice, bytes.subarray(at(m.to))]);
    }
    case 'prefix':
      return Buffer.concat([Buffer.from(m.raw), bytes]);
    case 'delete-field':
      return rewriteParent(m.node, (parent, key) =>
        Array.isArray(parent) ? JSON.stringify(parent.filter((_, i) => i !== key)) : objectText(parent, (pairs) => pairs.filter(([k]) => k !== key)),
      );
    case 'duplicate-field':
      // The same key twice in one object: JSON.parse keeps the last, so the odd value wins.
      return rewriteParent(m.node, (parent, key) => objectText(parent, (pairs) => [...pairs, [String(key), m.raw]]), o.fields);
    case 'retype-field':
      return Buffer.from(stringifyWith(value, pick(m.node), () => m.raw));
    case 'odd-string':
      return Buffer.from(stringifyWith(value, pick(m.node), (node) => (typeof node === 'string' ? JSON.stringify(m.value) : JSON.stringify(node))));
    case 'rename-key':
      return rewriteParent(m.node, (parent, key) => objectText(parent, (pairs) => pairs.map(([k, v]) => [k === key ? m.name : k, v])), o.fields);
    case 'add-key':
      // Beside an existing field, i.e. into an object that has fields.
      return rewriteParent(m.node, (parent) => objectText(parent, (pairs) => [...pairs, [m.name, m.raw]]), o.fields);
    case 'duplicate-element':
    case 'swap-elements':
      return rewriteParent(
        m.node,
        (parent, key) => {
          const list = parent as Json[];
          const index = key as number;
          const copy = [...list];
          if (m.kind === 'duplicate-element') copy.splice(index, 0, list[index]!);
          else [copy[index], copy[m.other % copy.length]] = [copy[m.other % copy.length]!, copy[index]!];
          return JSON.stringify(copy);
        },
        o.elements,
      );
    case 'schema-version':
      return Buffer.from(stringifyWith(value, ['schemaVersion'], () => m.raw));
    case 'move-secret': {
      // A text holding the secret put in another field: the message names the field, never its
      // value. Not into fields that messages use as names (ids, titles, claim texts), where
      // quoting is how the researcher finds the item.
      const path = pick(m.node);
      const named = NAME_FIELDS.has(String(path[path.length - 1])) || (path[0] === 'claims' && path[2] === 'text');
      return Buffer.from(stringifyWith(value, path, () => JSON.stringify(named ? 'moved here' : `${SECRET} moved here`)));
    }
  }
}

/** Fields a message may quote because they are how a person names the item. */
const NAME_FIELDS = new Set(['id', 'title', 'name', 'articleId', 'claimId', 'highlightId', 'parentId', 'rater', 'fileName']);

/** Signs of a stack trace or a library's internals in a message a person reads. */
const INTERNALS: readonly [RegExp, string][] = [
  [/^\s*at \S/m, 'a stack frame'],
  [/\(\S+:\d+:\d+\)/, 'a file:line:column'],
  [/node_modules/, 'node_modules'],
  [/0x1fffffe8/i, 'V8 string limit'],
  [/file:\/\//, 'a file URL'],
  [/\b(?:TypeError|RangeError|SyntaxError|ZodError)\b/, 'a JS error name'],
];

/** What happened to one mutant. */
export type Outcome = { kind: 'loaded'; exact: boolean } | { kind: 'refused'; code: string; message: string } | { kind: 'crashed'; error: string };

/** Loads `bytes` written at `path` the way the app opens a project; never throws. */
export async function loadMutant(path: string, bytes: Buffer): Promise<Outcome> {
  await writeFile(path, bytes);
  try {
    const loaded = await readProjectFile(path);
    return { kind: 'loaded', exact: isDeepStrictEqual(loaded, expectedLoad(bytes)) };
  } catch (e) {
    if (e instanceof WarrantError) return { kind: 'refused', code: e.code, message: e.message };
    return { kind: 'crashed', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/**
 * What an accepted file must load as: its JSON exactly (the schema refuses unknown keys rather
 * than dropping them, and adds no defaults), migrated when it names an older format.
 */
function expectedLoad(bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  const json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as { schemaVersion: number };
  return json.schemaVersion < CURRENT_SCHEMA_VERSION ? migrateToCurrent(json) : json;
}

/** How an outcome breaks the property. */
export type ViolationKind = 'crash' | 'inexact' | 'unnamed-file' | 'quotes-content' | 'quotes-unknown-key' | 'internals';

/**
 * zod's "Unrecognized key(s): "…"" quotes the key names of an object it refuses. In a damaged
 * file a "key" can be any run of its text (a duplicated byte range turns article text into a
 * key), so this leaks content; it is told apart from other leaks because its fix belongs in the
 * shared issue formatter (shared/schemas.ts), not in the project reader.
 */
const UNKNOWN_KEYS = /Unrecognized keys?: (?:"(?:[^"\\]|\\.)*"(?:, )?)+/g;

/** Why an outcome breaks the property, or null when it holds. */
export function violation(outcome: Outcome, path: string): { kind: ViolationKind; detail: string } | null {
  if (outcome.kind === 'crashed') return { kind: 'crash', detail: `not a WarrantError: ${outcome.error}` };
  if (outcome.kind === 'loaded') return outcome.exact ? null : { kind: 'inexact', detail: 'loaded, but not exactly what the file holds' };
  const { message } = outcome;
  if (!message.includes(basename(path))) return { kind: 'unnamed-file', detail: message };
  if (message.includes(SECRET)) {
    const leaksOnlyInKeys = !message.replace(UNKNOWN_KEYS, '').includes(SECRET);
    return { kind: leaksOnlyInKeys ? 'quotes-unknown-key' : 'quotes-content', detail: message };
  }
  for (const [pattern, what] of INTERNALS) if (pattern.test(message)) return { kind: 'internals', detail: `${what}: ${message}` };
  return null;
}

/** The valid file every mutant starts from, with the paths structural mutations choose among. */
export interface Original {
  bytes: Buffer;
  value: Json;
  /** Every node. */
  paths: Path[];
  /** Nodes that are an object's field (renaming or duplicating a key needs one). */
  fields: Path[];
  /** Nodes that are an array's element (duplicating or swapping needs one). */
  elements: Path[];
}

/** Prepares `bytes` (a valid project file) for mutation. */
export function original(bytes: Buffer): Original {
  const value = JSON.parse(bytes.toString('utf8')) as Json;
  const paths = pathsOf(value);
  return {
    bytes,
    value,
    paths,
    fields: paths.filter((p) => typeof p[p.length - 1] === 'string'),
    elements: paths.filter((p) => typeof p[p.length - 1] === 'number'),
  };
}
