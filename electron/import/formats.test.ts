import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/model.js';
import { extensionOf, formatOf } from '../../shared/formats.js';
import { formatBytes } from '../common/files.js';
import { baseName, tooLargeReason, unsupportedReason } from './formats.js';

describe('formats', () => {
  it('maps extensions to formats, case-insensitively', () => {
    expect(formatOf('Story.HTM')).toBe('html');
    expect(formatOf('notes.markdown')).toBe('md');
    expect(formatOf('scan.PDF')).toBe('pdf');
    expect(formatOf('.txt')).toBeNull(); // a hidden file named ".txt" has no extension
    expect(extensionOf('archive.tar.gz')).toBe('.gz');
  });

  it('names the extension and the supported formats when refusing a file', () => {
    expect(unsupportedReason('slides.PPTX')).toBe('.pptx files are not supported. Supported formats: .txt, .md, .markdown, .html, .htm, .pdf, .docx.');
    expect(unsupportedReason('README')).toMatch(/^The file has no extension, so its format is unknown\. Supported formats:/);
    expect(unsupportedReason('old.doc')).toMatch(/^Old Word \.doc files are not supported; .* save it as \.docx/);
  });

  it('takes the base name of upload names with either separator', () => {
    expect(baseName('a/b/c.txt')).toBe('c.txt');
    expect(baseName('a\\b\\c.txt')).toBe('c.txt');
    expect(baseName('c.txt')).toBe('c.txt');
  });

  it('states sizes a person can read, exact when rounding would hide the difference', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
    expect(tooLargeReason(LIMITS.maxImportBytes + 1)).toBe('The file is 104,857,601 bytes, larger than the import limit of 100 MB.');
  });
});
