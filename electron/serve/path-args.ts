/**
 * Which arguments of the contract are paths on the backend's disk: the one list `warrant serve`
 * confines (see confine.ts). A method that takes a path and is missing here would let a browser
 * page read or write anywhere the user can, so path-args.test.ts walks every method's argument
 * schema for path-like keys (`pathKeysOf`) and fails until the method is listed.
 */
import type { z } from 'zod';
import type { MethodName, Methods } from '../../shared/api.js';

/** A method's arguments after the contract has validated them. */
type ArgsOut<M extends MethodName> = z.output<Methods[M]['args']>;

/** How to read the paths out of one method's (validated) arguments. */
export type PathGetter<M extends MethodName> = (args: ArgsOut<M>) => readonly string[];

/** The paths of an import source: only `kind: 'path'` names a file on the backend's disk. */
function sourcePaths(source: { kind: 'path'; path: string } | { kind: 'bytes' }): string[] {
  return source.kind === 'path' ? [source.path] : [];
}

/**
 * Every method whose arguments name a file or folder on the backend's disk, and how to get
 * those paths. `project.proposePath` is deliberately absent: it only builds a path string (it
 * reads and writes nothing), and the `project.new` / `project.open` that follows is confined.
 */
export const PATH_ARGS: { readonly [M in MethodName]?: PathGetter<M> } = {
  'project.new': (a) => [a.path],
  'project.open': (a) => [a.path],
  'project.openSample': (a) => (a.path === undefined ? [] : [a.path]),
  'project.saveAs': (a) => [a.path],
  'import.run': (a) => a.sources.flatMap(sourcePaths),
  'merge.preview': (a) => [a.path],
  'merge.importArticles': (a) => [a.path],
  'export.write': (a) => [a.path],
  'interchange.import': (a) => sourcePaths(a.source),
  'dialog.listDir': (a) => (a.path === undefined ? [] : [a.path]),
};

/**
 * Path-like keys that are not paths, as `<method> <key path>` → why. The completeness test
 * skips these; anything else path-like must be in PATH_ARGS.
 */
export const NOT_PATHS: Readonly<Record<string, string>> = {
  'articles.update patch.source': 'the publication an article came from (a name, not a file)',
  'articles.update patch.language.source': 'whether the article’s language was detected or chosen (not a file)',
  'export.preview options.sections.sources': 'whether the report has a section listing its sources',
  'export.write options.sections.sources': 'whether the report has a section listing its sources',
  'export.download options.sections.sources': 'whether the report has a section listing its sources',
};

/** The paths `method`'s validated arguments name (none for a method not in PATH_ARGS). */
export function pathsOf<M extends MethodName>(method: M, args: ArgsOut<M>): readonly string[] {
  const getter = PATH_ARGS[method] as PathGetter<M> | undefined;
  return getter ? getter(args) : [];
}

/** Keys that name a path, or hold something that may (an import source). */
const PATH_LIKE_KEY = /^(path|paths|source|sources|dir|folder|file)$/i;

interface ZodDefLike {
  type?: string;
  shape?: Record<string, unknown>;
  options?: readonly unknown[];
  innerType?: unknown;
  element?: unknown;
  in?: unknown;
  out?: unknown;
  left?: unknown;
  right?: unknown;
  items?: readonly unknown[];
  valueType?: unknown;
  getter?: () => unknown;
}

/**
 * The dotted key paths in a zod schema whose last key looks like a path (`path`, `sources`, …),
 * found by walking objects, unions, arrays, optionals and the like. Used by the test that keeps
 * PATH_ARGS complete.
 */
export function pathKeysOf(schema: unknown, prefix = '', seen = new Set<unknown>()): string[] {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: ZodDefLike } })._zod?.def;
  if (!def) return [];
  const walk = (child: unknown, at = prefix): string[] => pathKeysOf(child, at, seen);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => {
        const at = prefix ? `${prefix}.${key}` : key;
        return [...(PATH_LIKE_KEY.test(key) ? [at] : []), ...walk(child, at)];
      });
    case 'union':
      return (def.options ?? []).flatMap((o) => walk(o));
    case 'array':
      return walk(def.element, `${prefix}[]`);
    case 'tuple':
      return (def.items ?? []).flatMap((o) => walk(o, `${prefix}[]`));
    case 'record':
      return walk(def.valueType, `${prefix}{}`);
    case 'pipe':
      return [...walk(def.in), ...walk(def.out)];
    case 'intersection':
      return [...walk(def.left), ...walk(def.right)];
    case 'lazy':
      return def.getter ? walk(def.getter()) : [];
    default:
      // optional, nullable, default, readonly, catch, … wrap one inner schema.
      return def.innerType ? walk(def.innerType) : [];
  }
}
