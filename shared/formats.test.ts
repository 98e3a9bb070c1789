import { describe, expect, it } from 'vitest';
import { INTERCHANGE_IMPORT_EXTENSIONS } from './export-formats.js';
import {
  describeImportFormats,
  extensionOf,
  fileInputAccept,
  formatOf,
  IMPORT_FORMATS,
  importDialogFilters,
  importPickerAccept,
  INTERCHANGE_FILTER_LABEL,
  isInterchangeFile,
  MAIN_EXTENSIONS,
} from './formats.js';
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLOR_IDS, HIGHLIGHT_COLORS, highlightColorInfo } from './highlight-colors.js';
import { ArticleFormat, HighlightColor } from './model.js';

describe('format registry', () => {
  it('is the schema of stored article formats', () => {
    expect([...ArticleFormat.options]).toEqual(IMPORT_FORMATS.map((f) => f.id));
  });

  it('gives every format a label, extensions and MIME types, no extension twice', () => {
    const all = IMPORT_FORMATS.flatMap((f) => f.extensions);
    expect(new Set(all).size).toBe(all.length);
    for (const f of IMPORT_FORMATS) {
      expect(f.label).not.toBe('');
      expect(f.extensions.length).toBeGreaterThan(0);
      expect(f.mimeTypes.length).toBeGreaterThan(0);
      for (const e of f.extensions) expect(e).toMatch(/^\.[a-z0-9]+$/);
    }
  });

  it('names the formats for people', () => {
    expect(MAIN_EXTENSIONS.join(', ')).toBe('.txt, .md, .html, .pdf, .docx');
    expect(describeImportFormats()).toBe('.txt, .md, .html, .pdf and .docx');
    expect(fileInputAccept()).toBe('.txt,.md,.markdown,.html,.htm,.pdf,.docx');
    expect(formatOf('Notes.MARKDOWN')).toBe('md');
    expect(extensionOf('.hidden')).toBe('');
  });

  it('offers annotation and QDA files beside the articles, built from the interchange list', () => {
    const filter = importDialogFilters().find((f) => f.name === INTERCHANGE_FILTER_LABEL);
    expect(filter?.extensions).toEqual(INTERCHANGE_IMPORT_EXTENSIONS.map((e) => e.slice(1)));
    expect(importPickerAccept()).toBe('.txt,.md,.markdown,.html,.htm,.pdf,.docx,.qdpx,.jsonld,.json,.warrant');
    expect(['Study.QDPX', 'notes.jsonld', 'hypothesis.json'].map(isInterchangeFile)).toEqual([true, true, true]);
    expect(['a.txt', 'Ben.warrant', 'json', '.json'].map(isInterchangeFile)).toEqual([false, false, false, false]);
    // No extension is both an article format and an interchange file: routing by extension is unambiguous.
    for (const e of INTERCHANGE_IMPORT_EXTENSIONS) expect(formatOf(`a${e}`)).toBeNull();
  });
});

describe('highlight colours', () => {
  it('is the schema of stored colours, each with a label and its own pattern', () => {
    expect([...HighlightColor.options]).toEqual([...HIGHLIGHT_COLOR_IDS]);
    expect(new Set(HIGHLIGHT_COLORS.map((c) => c.pattern)).size).toBe(HIGHLIGHT_COLORS.length);
    expect(new Set(HIGHLIGHT_COLORS.map((c) => c.label)).size).toBe(HIGHLIGHT_COLORS.length);
    expect(highlightColorInfo('pink').label).toBe('Question');
  });

  it('names each pattern from the pattern itself, and defaults to the first colour', () => {
    expect(highlightColorInfo('pink').patternName).toBe('wavy underline');
    expect(HIGHLIGHT_COLORS.every((c) => c.patternName === `${c.pattern} underline`)).toBe(true);
    expect(DEFAULT_HIGHLIGHT_COLOR).toBe(HIGHLIGHT_COLOR_IDS[0]);
  });
});
