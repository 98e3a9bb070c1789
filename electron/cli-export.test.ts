/**
 * `warrant export` and `warrant import` of interchange files, in-process, on real project files
 * made by the real backend in a temp folder.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { warrant } from './test-cli.js';
import { createTestBackend } from './server/test-backend.js';
import { SAMPLE_DIR, sampleProjectWithClaim } from './server/test-sample-project.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-cli-export-'));
  process.exitCode = undefined;
});
afterEach(async () => {
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});


/** A project with two claims (one with evidence); answers its path and the claims' ids. */
async function project(): Promise<{ path: string; ids: string[] }> {
  const path = join(dir, 'tariffs.warrant');
  const b = createTestBackend(join(dir, 'config'), () => undefined, SAMPLE_DIR);
  try {
    await b.handlers['prefs.setAuthorName']({ name: 'Ana' });
    const made = await sampleProjectWithClaim(b, path);
    const other = await b.handlers['claims.create']({ text: 'Fishermen blame the outfall' });
    await b.handlers['project.save']({});
    return { path, ids: [made.claimId, other.id] };
  } finally {
    await b.dispose({ force: true });
  }
}

describe('warrant export', () => {
  it('writes the chosen claims in the chosen format, and never replaces a file without --force', async () => {
    const { path, ids } = await project();
    const out = join(dir, 'one.md');
    const first = await warrant('export', path, '--format', 'md', '-o', out, '--claims', ids[1]!);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Wrote one\.md \([\d,]+ bytes\)\.$/);
    const md = await readFile(out, 'utf8');
    expect(md).toContain('Fishermen blame the outfall');
    expect(md).not.toContain('Household bills rise 9%');

    const again = await warrant('export', path, '--format', 'md', '-o', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('“one.md” already exists');
    expect(await readFile(out, 'utf8')).toBe(md);
    expect((await warrant('export', path, '--format', 'md', '-o', out, '--force')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('Household bills rise 9%');
  });

  it('refuses an unknown format or section with the list of valid ones', async () => {
    const { path } = await project();
    const bad = await warrant('export', path, '--format', 'docx', '-o', join(dir, 'x.docx'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/must be one of html, pdf, md, csv, json, w3c, claimreview, qdpx/);
    const section = await warrant('export', path, '--format', 'html', '-o', join(dir, 'x.html'), '--sections', 'summary,appendix');
    expect(section.err).toMatch(/unknown section appendix/);
  });
});

describe('warrant import of interchange files', () => {
  it('brings a REFI-QDA export into a new project and prints what it added', async () => {
    const { path } = await project();
    const qdpx = join(dir, 'tariffs.qdpx');
    expect((await warrant('export', path, '--format', 'qdpx', '-o', qdpx)).code).toBe(0);
    const fresh = join(dir, 'fresh.warrant');
    const result = await warrant('import', fresh, qdpx);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^tariffs\.qdpx: added \d+ articles, 2 claims, 1 highlight, 1 evidence link\.$/m);
    const listed = await warrant('claims', fresh, '--json');
    expect((JSON.parse(listed.out) as Array<{ text: string }>).map((c) => c.text).sort()).toEqual(['Fishermen blame the outfall', 'Household bills rise 9%']);
  });

  it('reports a damaged annotation file and exits non-zero', async () => {
    const { path } = await project();
    const bad = join(dir, 'notes.jsonld');
    await writeFile(bad, '[{"@context": ');
    const result = await warrant('import', path, bad);
    expect(result.code).toBe(1);
    expect(result.err).toContain('“notes.jsonld” is not valid JSON');
  });
});
