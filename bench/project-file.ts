/** Writes and reads a realistic `.warrant` project file holding the bench corpus. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { IndexDoc } from '../electron/index/search-service.js';
import { CURRENT_SCHEMA_VERSION, emptyProjectCollections, ProjectFile, type Article } from '../shared/model.js';

/** Writes `docs` as a project file (validated against the schema, as the app would save it). */
export function writeProjectFile(file: string, docs: readonly IndexDoc[]): number {
  const now = new Date('2024-05-01T10:00:00.000Z').toISOString();
  const articles: Article[] = docs.map((d) => ({
    id: d.id,
    title: d.title,
    source: d.source,
    author: null,
    date: d.date,
    url: null,
    fileName: `${d.id}.txt`,
    format: 'txt',
    importedAt: now,
    contentHash: createHash('sha256').update(d.text).digest('hex'),
    length: d.text.length,
    text: d.text,
    rev: 'bench',
    revs: [],
  }));
  // Every collection of the current schema, empty unless it holds articles, so the file
  // validates as the app would save it.
  const project = ProjectFile.parse({
    format: 'warrant-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'bench-project',
    name: 'Brown corpus (bench)',
    createdAt: now,
    updatedAt: now,
    articles,
    ...emptyProjectCollections(),
  });
  const json = JSON.stringify(project);
  writeFileSync(file, json);
  return Buffer.byteLength(json);
}

/** Opens a project file the way the app does at its core: read, JSON.parse, take the articles. */
export function readProjectDocs(file: string): IndexDoc[] {
  const project = JSON.parse(readFileSync(file, 'utf8')) as ProjectFile;
  return project.articles.map((a) => ({
    id: a.id,
    title: a.title,
    source: a.source,
    date: a.date,
    text: a.text,
    contentHash: a.contentHash,
  }));
}
