/**
 * The format registry (shared/formats.ts) is the one list of import formats: this enumerates it
 * and checks that the desktop dialog's filters, the browser file input's accept list and the
 * importer (extension lookup, parsers, refusal message) all say the same thing.
 */
import { describe, expect, it } from 'vitest';
import { INTERCHANGE_IMPORT_EXTENSIONS } from '../../shared/export-formats.js';
import { fileInputAccept, formatOf, IMPORT_FORMATS, importDialogFilters } from '../../shared/formats.js';
import { unsupportedReason } from './formats.js';
import { PARSERS } from './parsers.js';

const registryExtensions = IMPORT_FORMATS.flatMap((f) => f.extensions);

describe('import formats agree everywhere', () => {
  it('the importer reads every registered extension, in any case, with that format’s parser', () => {
    expect(Object.keys(PARSERS).sort()).toEqual(IMPORT_FORMATS.map((f) => f.id).sort());
    for (const format of IMPORT_FORMATS) {
      expect(typeof PARSERS[format.id]).toBe('function');
      for (const ext of format.extensions) {
        expect(formatOf(`article${ext}`)).toBe(format.id);
        expect(formatOf(`ARTICLE${ext.toUpperCase()}`)).toBe(format.id);
      }
    }
    expect(unsupportedReason('x.pptx')).toBe(`.pptx files are not supported. Supported formats: ${registryExtensions.join(', ')}.`);
  });

  it('the import dialog offers exactly the registered extensions, all together first, then per format, then annotation files and project copies', () => {
    const [all, ...rest] = importDialogFilters();
    expect(all?.extensions.map((e) => `.${e}`)).toEqual(registryExtensions);
    const perFormat = rest.slice(0, -2);
    expect(perFormat).toEqual(IMPORT_FORMATS.map((f) => ({ name: f.label, extensions: f.extensions.map((e) => e.slice(1)) })));
    // Annotation and QDA files, and a colleague's copy, can be picked too: the UI sends them
    // to the interchange import and the merge rather than to the article importer.
    expect(rest.at(-2)?.extensions).toEqual(INTERCHANGE_IMPORT_EXTENSIONS.map((e) => e.slice(1)));
    expect(rest.at(-1)?.extensions).toEqual(['warrant']);
    expect(unsupportedReason('Ben copy.warrant')).toMatch(/Warrant project, not an article: use “Merge a colleague’s copy…”/);
  });

  it('the file input accepts exactly the registered extensions, each of which the importer reads', () => {
    const accepted = fileInputAccept().split(',');
    expect(accepted).toEqual(registryExtensions);
    for (const ext of accepted) expect(formatOf(`a${ext}`)).not.toBeNull();
    // What the input used to accept and import refused.
    expect(accepted).not.toContain('.text');
  });
});
