import { describe, expect, it } from 'vitest';
import { defaultProjectFolder, defaultProjectPath, folderOf, projectFileName, withProjectExtension } from './paths.js';

describe('project paths', () => {
  it('joins the default folder with the backend separator', () => {
    expect(defaultProjectPath({ defaultProjectDir: '/home/ana/Documents', pathSeparator: '/' })).toBe(
      '/home/ana/Documents/Untitled.warrant',
    );
    expect(defaultProjectPath({ defaultProjectDir: 'C:\\Users\\ana\\', pathSeparator: '\\' }, 'Huawei')).toBe(
      'C:\\Users\\ana\\Huawei.warrant',
    );
  });

  it('makes project names safe as file names', () => {
    expect(projectFileName('US / China: 5G?')).toBe('US China 5G.warrant');
    expect(projectFileName('  ')).toBe('Untitled.warrant');
    expect(projectFileName('Notes.warrant')).toBe('Notes.warrant');
  });

  it('adds the extension only when the file name has none', () => {
    expect(withProjectExtension('/tmp/study', '/')).toBe('/tmp/study.warrant');
    expect(withProjectExtension('/tmp/study.warrant ', '/')).toBe('/tmp/study.warrant');
    expect(withProjectExtension('/tmp/v1.2/study', '/')).toBe('/tmp/v1.2/study.warrant');
  });

  it('finds the folder of a path', () => {
    expect(folderOf('/tmp/a/b.warrant', '/')).toBe('/tmp/a/');
    expect(folderOf('b.warrant', '/')).toBe('');
  });
});

describe('defaultProjectFolder', () => {
  it('ends with the separator so the researcher only types a file name', () => {
    expect(defaultProjectFolder({ defaultProjectDir: '/home/ana', pathSeparator: '/' })).toBe('/home/ana/');
    expect(defaultProjectFolder({ defaultProjectDir: '', pathSeparator: '/' })).toBe('');
  });
});
