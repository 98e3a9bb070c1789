/**
 * Reading `project.qde` (QDA-XML) into plain values. Tolerant of what real tools write —
 * any namespace version, GUIDs in braces or upper case, empty `creatingUser=""` (QualCoder),
 * offsets with stray spaces — and strict about safety: a DTD or entity declaration is refused
 * before parsing (it can hide entity expansion, "billion laughs"), and any XML error stops the
 * import with one message that never quotes the file.
 */
import type { Element } from '@xmldom/xmldom';
import { parseUntrustedXml } from '../../common/safe-xml.js';
import { z } from 'zod';
import { WarrantError } from '../../../shared/result.js';
import { guidKey } from './guid.js';

/** A code and the codes nested in it. */
export interface QdeCode {
  guid: string;
  name: string;
  description: string | null;
  noteRefs: string[];
  children: QdeCode[];
}

/** One `Coding` of a selection: the code it applies, who applied it, and its notes. */
export interface QdeCoding {
  codeRef: string;
  user: string | null;
  created: string | null;
  noteRefs: string[];
}

/** A `PlainTextSelection`: code-point offsets `[start, end)` (null when not whole numbers). */
export interface QdeSelection {
  guid: string;
  start: number | null;
  end: number | null;
  description: string | null;
  user: string | null;
  created: string | null;
  modified: string | null;
  codings: QdeCoding[];
  noteRefs: string[];
}

/** A source with text: a `TextSource`, or the text `Representation` of a `PDFSource`. */
export interface QdeTextSource {
  kind: 'text';
  name: string;
  description: string | null;
  plainTextPath: string | null;
  richTextPath: string | null;
  inlineText: string | null;
  selections: QdeSelection[];
}

/** A source Warrant cannot read as text (picture, audio, video, a PDF without a text representation). */
export interface QdeOtherSource {
  kind: 'other';
  element: string;
  name: string;
  selections: number;
}

/** A `Note`: inline text or a text file. */
export interface QdeNote {
  guid: string;
  name: string;
  text: string | null;
  plainTextPath: string | null;
  user: string | null;
  created: string | null;
  modified: string | null;
}

/** What Warrant reads of a project.qde. GUIDs are keys (guid.ts `guidKey`). */
export interface Qde {
  origin: string;
  users: Map<string, string>;
  codes: QdeCode[];
  sources: (QdeTextSource | QdeOtherSource)[];
  notes: Map<string, QdeNote>;
  /** Parts of the project Warrant has no place for, counted for the report. */
  unsupported: { cases: number; variables: number; sets: number; graphs: number; links: number };
}

const bad = (message: string) => new WarrantError('bad-file', message);

const Offset = z
  .string()
  .trim()
  .regex(/^\d{1,10}$/)
  .transform(Number);
const DateTime = z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))))
  .transform((s) => new Date(s.replace(' ', 'T')).toISOString());

const offset = (v: string | null) => (v === null ? null : (Offset.safeParse(v).data ?? null));
const dateTime = (v: string | null) => (v === null ? null : (DateTime.safeParse(v).data ?? null));
const userRef = (v: string | null) => (v === null || guidKey(v) === '' ? null : guidKey(v));

/**
 * Parses the bytes of a project.qde.
 * @throws WarrantError `bad-file` for a DTD or entity declaration, XML that is not well-formed,
 * or a root element that is not a REFI-QDA `Project`.
 */
export function readQde(bytes: Uint8Array): Qde {
  const xml = decodeXml(bytes);
  const parsed = parseUntrustedXml(xml);
  if (!parsed.ok && parsed.problem === 'dtd') {
    throw bad('This .qdpx file was refused: its project.qde declares a DTD, which Warrant does not read (it can hide entity expansion).');
  }
  if (!parsed.ok) throw bad('This .qdpx file is damaged: its project.qde is not well-formed XML.');
  const root = parsed.root;
  if (!root || root.localName !== 'Project') throw bad('This .qdpx file is not a REFI-QDA project: its project.qde has no Project element.');

  const users = new Map<string, string>();
  for (const u of kids(one(root, 'Users'), 'User')) {
    const name = u.getAttribute('name')?.trim();
    if (name) users.set(guidKey(u.getAttribute('guid')), name);
  }
  const notes = new Map<string, QdeNote>();
  for (const n of kids(one(root, 'Notes'), 'Note')) {
    const guid = guidKey(n.getAttribute('guid'));
    notes.set(guid, {
      guid,
      name: n.getAttribute('name') ?? '',
      text: textOf(one(n, 'PlainTextContent')),
      plainTextPath: n.getAttribute('plainTextPath'),
      ...stamps(n),
    });
  }
  const sources: (QdeTextSource | QdeOtherSource)[] = [];
  for (const s of elements(one(root, 'Sources'))) {
    const name = s.getAttribute('name') ?? '';
    if (s.localName === 'TextSource') sources.push(textSource(s, name));
    else {
      const rep = s.localName === 'PDFSource' ? one(s, 'Representation') : null;
      if (rep) sources.push({ ...textSource(rep, name || (rep.getAttribute('name') ?? '')), description: textOf(one(s, 'Description')) });
      else sources.push({ kind: 'other', element: s.localName ?? 'source', name, selections: elements(s).filter((e) => e.localName?.endsWith('Selection')).length });
    }
  }
  const count = (list: string, item: string) => kids(one(root, list), item).length;
  return {
    origin: root.getAttribute('origin') ?? '',
    users,
    codes: readCodes(one(one(root, 'CodeBook'), 'Codes')),
    sources,
    notes,
    unsupported: { cases: count('Cases', 'Case'), variables: count('Variables', 'Variable'), sets: count('Sets', 'Set'), graphs: count('Graphs', 'Graph'), links: count('Links', 'Link') },
  };
}

function textSource(s: Element, name: string): QdeTextSource {
  return {
    kind: 'text',
    name,
    description: textOf(one(s, 'Description')),
    plainTextPath: s.getAttribute('plainTextPath'),
    richTextPath: s.getAttribute('richTextPath'),
    inlineText: textOf(one(s, 'PlainTextContent')),
    selections: kids(s, 'PlainTextSelection').map((p) => ({
      guid: guidKey(p.getAttribute('guid')),
      start: offset(p.getAttribute('startPosition')),
      end: offset(p.getAttribute('endPosition')),
      description: textOf(one(p, 'Description')),
      ...stamps(p),
      codings: kids(p, 'Coding').map((c) => ({
        codeRef: guidKey(one(c, 'CodeRef')?.getAttribute('targetGUID')),
        user: userRef(c.getAttribute('creatingUser')),
        created: dateTime(c.getAttribute('creationDateTime')),
        noteRefs: refs(c),
      })),
      noteRefs: refs(p),
    })),
  };
}

/** The code tree, walked without recursion so a hostile file nested thousands deep cannot overflow the stack. */
function readCodes(codes: Element | null): QdeCode[] {
  const top: QdeCode[] = [];
  const stack: { el: Element; into: QdeCode[] }[] = kids(codes, 'Code')
    .reverse()
    .map((el) => ({ el, into: top }));
  while (stack.length > 0) {
    const { el, into } = stack.pop()!;
    const code: QdeCode = { guid: guidKey(el.getAttribute('guid')), name: el.getAttribute('name') ?? '', description: textOf(one(el, 'Description')), noteRefs: refs(el), children: [] };
    into.push(code);
    for (const child of kids(el, 'Code').reverse()) stack.push({ el: child, into: code.children });
  }
  return top;
}

function stamps(el: Element): { user: string | null; created: string | null; modified: string | null } {
  return {
    user: userRef(el.getAttribute('creatingUser')) ?? userRef(el.getAttribute('modifyingUser')),
    created: dateTime(el.getAttribute('creationDateTime')),
    modified: dateTime(el.getAttribute('modifiedDateTime')),
  };
}

function refs(el: Element): string[] {
  return kids(el, 'NoteRef').map((r) => guidKey(r.getAttribute('targetGUID')));
}

function elements(el: Element | null): Element[] {
  const out: Element[] = [];
  for (let n = el?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** Child elements by local name: any namespace version (tools have written 1.0 and 0.4). */
function kids(el: Element | null, name: string): Element[] {
  return elements(el).filter((e) => e.localName === name);
}

function one(el: Element | null, name: string): Element | null {
  return kids(el, name)[0] ?? null;
}

function textOf(el: Element | null): string | null {
  return el ? (el.textContent ?? '') : null;
}

/** The XML as a string: UTF-8 (BOM dropped), or UTF-16 when a BOM says so. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
