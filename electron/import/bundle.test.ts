/**
 * The import as it ships: index.ts bundled by esbuild as an ES module (like dist/electron/main.mjs
 * and cli.mjs) with import-worker.ts bundled beside it as import-worker.mjs. Checks that the
 * bundled caller finds the bundled worker by default and that every parser works bundled
 * (dependencies stay external, as in the app's node_modules).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from './fixtures/make-docx.js';
import { makePdf } from './fixtures/make-pdf.js';
import { tempDir, writeFiles } from './fixtures/temp.js';
import type { runImport as RunImport } from './run-import.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

/** The options the app's build should use for these two entries. */
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22', // as scripts/build.mjs
  packages: 'external',
};

let outdir = '';

beforeAll(async () => {
  // Inside the repository so that the bundles' bare imports resolve to its node_modules, as in dist/.
  const cache = path.join(repo, 'node_modules', '.cache');
  await fs.mkdir(cache, { recursive: true });
  outdir = await fs.mkdtemp(path.join(cache, 'warrant-import-bundle-'));
  await build({ ...common, entryPoints: [path.join(here, 'import-worker.ts')], format: 'esm', outfile: path.join(outdir, 'import-worker.mjs') });
  await build({ ...common, entryPoints: [path.join(here, 'index.ts')], format: 'esm', outfile: path.join(outdir, 'caller.mjs') });
  return () => fs.rm(outdir, { recursive: true, force: true });
});

async function sampleFolder(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, {
    'a.txt': 'Text headline\n\nBody.',
    'b.md': '# Markdown headline\n\nBody *here*.',
    'c.html': '<html><head><title>Html headline</title></head><body><p>Body of the page.</p></body></html>',
    'd.pdf': makePdf({ pages: [{ lines: [[72, 720, 'Pdf headline'], [72, 690, 'Body.']] }] }),
    'e.docx': await makeDocx({ paragraphs: ['Docx headline', 'Body.'] }),
  });
  return dir;
}

const expectedTitles = ['Text headline', 'Markdown headline', 'Html headline', 'Pdf headline', 'Docx headline'];

describe('bundled import', () => {
  it('runs from an ES module bundle, finding import-worker.mjs next to it', async () => {
    const mod = (await import(pathToFileURL(path.join(outdir, 'caller.mjs')).href)) as { runImport: typeof RunImport };
    const { articles, summary } = await mod.runImport([{ kind: 'path', path: await sampleFolder() }], { existing: new Map() });
    expect(summary.failed).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(expectedTitles);
  });
});
