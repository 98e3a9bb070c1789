/**
 * The outer shape of an annotation file: which format it is, and the list of annotations inside
 * (a W3C collection's pages are walked here, with a bound, rather than by a recursive schema).
 */
import { z } from 'zod';
import { WarrantError } from '../../result.js';
import { formatIssue } from '../../schemas.js';
import type { Unmatched } from '../imported-items.js';
import { fromHypothesis, fromW3c, type Normal } from './normalise.js';
import { AnnotationPage, HypothesisRows, MAX_ANNOTATIONS, MAX_PAGES, W3cAnnotation } from './schema.js';

/** The annotations of a file, read into one shape. */
export interface Envelope {
  kind: 'w3c' | 'hypothesis';
  annotations: Normal[];
  /** What the file names but does not hold (pages or annotations given only by their IRI). */
  unmatched: Unmatched[];
}

const W3cAnnotationList = z.array(W3cAnnotation).max(MAX_ANNOTATIONS);

const NOT_ANNOTATIONS = 'it is neither W3C Web Annotations (an annotation collection, a page, an annotation or a list of them) nor a Hypothesis export';

/** A `bad-file` error naming what is wrong, by its place in the file; values are never quoted. */
export function badFile(issue: { path: readonly PropertyKey[]; message: string } | string): WarrantError {
  const what = typeof issue === 'string' ? issue : formatIssue(issue);
  return new WarrantError('bad-file', `This annotation file cannot be read: ${what}.`);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const types = (x: Record<string, unknown>): unknown[] => (Array.isArray(x.type) ? x.type : [x.type]);

/** Hypothesis rows have a `uri` or `text` and none of JSON-LD's `@context` or `type`. */
const isHypothesisRow = (x: unknown) => isObject(x) && !('@context' in x) && !('type' in x) && ('uri' in x || 'text' in x || 'tags' in x);

/** Parses `value` with `schema`, or throws `bad-file` naming the first problem under `path`. */
function parse<T extends z.ZodType>(schema: T, value: unknown, path: readonly PropertyKey[]): z.infer<T> {
  // Refuse an over-long list before looking at its items: a hostile file may hold millions.
  if (Array.isArray(value) && value.length > MAX_ANNOTATIONS) throw badFile({ path, message: `more than ${MAX_ANNOTATIONS.toLocaleString('en')} annotations` });
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0]!;
  const more = r.error.issues.length - 1;
  throw badFile(`${formatIssue({ ...first, path: [...path, ...first.path] })}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`);
}

/** Reads the outer shape of `json`. */
export function readEnvelope(json: unknown, projectId: string): Envelope {
  const hypothesis = (rows: unknown, path: PropertyKey[]): Envelope => ({
    kind: 'hypothesis',
    annotations: parse(HypothesisRows, rows, path).map((h, i) => fromHypothesis(h, i + 1)),
    unmatched: [],
  });
  if (Array.isArray(json)) {
    if (json.length > 0 && isHypothesisRow(json[0])) return hypothesis(json, []);
    const list = parse(W3cAnnotationList, json, []);
    return { kind: 'w3c', annotations: list.map((a, i) => fromW3c(a, i + 1, projectId)), unmatched: [] };
  }
  if (!isObject(json)) throw badFile(NOT_ANNOTATIONS);
  // The API's search result is `{ rows, total }`; the client's export `{ export_date, annotations }`.
  if (Array.isArray(json.rows)) return hypothesis(json.rows, ['rows']);
  if (Array.isArray(json.annotations) && !types(json).includes('AnnotationCollection')) return hypothesis(json.annotations, ['annotations']);
  const t = types(json);
  if (t.includes('AnnotationCollection')) {
    if (json.first === undefined) return { kind: 'w3c', annotations: [], unmatched: [] };
    if (!isObject(json.first)) throw badFile({ path: ['first'], message: 'the annotations are not in the file (the collection only links to its first page)' });
    return walkPages(json.first, ['first'], projectId);
  }
  if (t.includes('AnnotationPage')) return walkPages(json, [], projectId);
  if (t.includes('Annotation') || 'target' in json) return { kind: 'w3c', annotations: [fromW3c(parse(W3cAnnotation, json, []), 1, projectId)], unmatched: [] };
  if (isHypothesisRow(json)) return hypothesis([json], []);
  throw badFile(NOT_ANNOTATIONS);
}

/** Reads the annotations of `page` and of the embedded pages after it (`next`), up to a bound. */
function walkPages(first: Record<string, unknown>, path: PropertyKey[], projectId: string): Envelope {
  const annotations: Normal[] = [];
  const unmatched: Unmatched[] = [];
  let page: unknown = first;
  let at = path;
  for (let pages = 0; page !== undefined; pages++) {
    if (pages >= MAX_PAGES) throw badFile({ path: at, message: `more than ${MAX_PAGES.toLocaleString('en')} pages` });
    const p = parse(AnnotationPage, page, at);
    for (const item of p.items) {
      const n = annotations.length + unmatched.length + 1;
      if (annotations.length + unmatched.length >= MAX_ANNOTATIONS) throw badFile({ path: at, message: `more than ${MAX_ANNOTATIONS.toLocaleString('en')} annotations` });
      if (typeof item === 'string') unmatched.push({ what: `annotation ${n}`, reason: 'only its web address is in the file, not the annotation itself' });
      else annotations.push(fromW3c(item, n, projectId));
    }
    if (typeof p.next === 'string') {
      unmatched.push({ what: 'the rest of the collection', reason: 'its further pages are only linked, not included in the file' });
      break;
    }
    page = isObject(p.next) ? p.next : undefined;
    at = [...at, 'next'];
  }
  return { kind: 'w3c', annotations, unmatched };
}
