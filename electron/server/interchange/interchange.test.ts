/**
 * Interchange imports through the real backend: files our own export wrote, brought into a
 * fresh project and back onto the same one, and broken or hostile files refused by name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/options.js';
import { rejection } from '../../../shared/test-support/errors.js';
import type { Backend } from '../backend.js';
import { createTestBackend } from '../test-backend.js';
import { COUNCIL_PHRASE, SAMPLE_DIR, sampleProjectWithClaim } from '../test-sample-project.js';

const PHRASE = COUNCIL_PHRASE;

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-interchange-'));
  backend = createTestBackend(join(dir, 'home'), () => undefined, SAMPLE_DIR);
  await backend.handlers['prefs.setAuthorName']({ name: 'Ana' });
});

afterEach(async () => {
  await backend.dispose({ force: true }).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** The sample project with a claim, a refuting sub-claim passage, and their evidence. */
async function annotatedProject(): Promise<void> {
  const { claimId, highlightId } = await sampleProjectWithClaim(backend, join(dir, 'tariffs.warrant'));
  const sub = await backend.handlers['claims.create']({ text: 'The rise is the largest in a decade', parentId: claimId });
  await backend.handlers['links.create']({ highlightId, claimId: sub.id, stance: 'refutes' });
}

async function exportTo(format: 'qdpx' | 'w3c', name: string): Promise<string> {
  const path = join(dir, name);
  await backend.handlers['export.write']({ format, options: DEFAULT_REPORT_OPTIONS, path });
  return path;
}

describe('interchange.import', () => {
  it('brings our own REFI-QDA export into a new project — articles, claims, nesting, passages and stances — as one undo step', async () => {
    await annotatedProject();
    const articleCount = (await backend.handlers['articles.list']({})).length;
    const qdpx = await exportTo('qdpx', 'tariffs.qdpx');
    await backend.handlers['project.new']({ path: join(dir, 'fresh.warrant') });

    const summary = await backend.handlers['interchange.import']({ source: { kind: 'path', path: qdpx } });
    expect(summary).toMatchObject({ file: 'tariffs.qdpx', kind: 'qdpx', counts: { articles: articleCount, claims: 2, highlights: 1, links: 2 }, unmatched: [] });
    const view = await backend.handlers['annotations.get']({});
    const top = view.claims.find((c) => c.text === 'Household bills rise 9%')!;
    const sub = view.claims.find((c) => c.text === 'The rise is the largest in a decade')!;
    expect(sub.parentId).toBe(top.id);
    expect(view.links.map((l) => [l.claimId === top.id ? 'top' : 'sub', l.stance]).sort()).toEqual([['sub', 'refutes'], ['top', 'supports']]);
    const article = await backend.handlers['articles.get']({ id: view.highlights[0]!.articleId });
    const h = view.highlights[0]!.target.position;
    expect(article.text.slice(h.start, h.end)).toBe(PHRASE);

    // Imported twice: nothing is added twice.
    const again = await backend.handlers['interchange.import']({ source: { kind: 'path', path: qdpx } });
    expect(again.counts).toMatchObject({ articles: 0, claims: 0, highlights: 0, links: 0 });
    expect(again.counts.alreadyPresent).toBeGreaterThan(0);

    // One undo takes the whole import back.
    await backend.handlers['history.undo']({});
    expect((await backend.handlers['annotations.get']({})).claims).toEqual([]);
    expect(await backend.handlers['articles.list']({})).toEqual([]);
  });

  it('adds nothing when our own W3C annotations come back onto the same project', async () => {
    await annotatedProject();
    const jsonld = await exportTo('w3c', 'notes.jsonld');
    const before = await backend.handlers['annotations.get']({});
    const summary = await backend.handlers['interchange.import']({ source: { kind: 'path', path: jsonld } });
    expect(summary.kind).toBe('w3c');
    expect(summary.counts).toMatchObject({ claims: 0, highlights: 0, links: 0 });
    expect(summary.counts.alreadyPresent).toBeGreaterThan(0);
    expect((await backend.handlers['annotations.get']({})).highlights).toEqual(before.highlights);
  });

  it('refuses a damaged JSON file without quoting it', async () => {
    await annotatedProject();
    const path = join(dir, 'notes.json');
    await writeFile(path, '{"api_key": "SECRET-123", "items": [');
    const e = await rejection(backend.handlers['interchange.import']({ source: { kind: 'path', path } }));
    expect(e.code).toBe('bad-file');
    expect(e.message).toContain('“notes.json” is not valid JSON');
    expect(e.message).not.toContain('SECRET');
  });

  it('refuses what is not a regular file, and files of other kinds', async () => {
    await annotatedProject();
    const fifo = join(dir, 'pipe.qdpx');
    execFileSync('mkfifo', [fifo]);
    const e = await rejection(backend.handlers['interchange.import']({ source: { kind: 'path', path: fifo } }));
    expect(e.code).toBe('bad-file');
    expect(e.message).toContain('not a regular file');
    const other = await rejection(backend.handlers['interchange.import']({ source: { kind: 'bytes', name: 'notes.docx', dataBase64: '' } }));
    expect(other.code).toBe('bad-args');
  });

  it('refuses bytes that are not a zip, naming the file', async () => {
    await annotatedProject();
    const e = await rejection(backend.handlers['interchange.import']({ source: { kind: 'bytes', name: 'colleague.qdpx', dataBase64: Buffer.from('not a zip at all').toString('base64') } }));
    expect(e.code).toBe('bad-file');
    expect(e.message).not.toContain('not a zip at all');
  });
});
