import { describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../shared/api.js';
import { NOT_PATHS, PATH_ARGS, pathKeysOf, pathsOf } from './path-args.js';

describe('the path arguments of the contract', () => {
  it('lists every method whose arguments have a path-like key, and no other', () => {
    const names = Object.keys(methods) as MethodName[];
    const withPaths = names.filter((m) => pathKeysOf(methods[m].args).some((key) => !(`${m} ${key}` in NOT_PATHS)));
    // A method missing here would let a browser page name any file on the disk.
    expect(withPaths.sort()).toEqual(Object.keys(PATH_ARGS).sort());
  });

  it('gives a reason for each path-like key that is not a path, and each is still there', () => {
    for (const [entry, reason] of Object.entries(NOT_PATHS)) {
      const [method, key] = entry.split(' ') as [MethodName, string];
      expect(pathKeysOf(methods[method].args)).toContain(key);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it('finds path keys inside unions, arrays and optionals', () => {
    expect(pathKeysOf(methods['import.run'].args)).toEqual(['sources', 'sources[].path']);
    expect(pathKeysOf(methods['interchange.import'].args)).toEqual(['source', 'source.path']);
    expect(pathKeysOf(methods['project.openSample'].args)).toEqual(['path']);
    expect(pathKeysOf(methods['search.query'].args)).toEqual([]);
  });

  it('reads the paths out of validated arguments', () => {
    expect(pathsOf('import.run', { sources: [{ kind: 'path', path: '/a' }, { kind: 'bytes', name: 'b.txt', dataBase64: '' }, { kind: 'path', path: '/c' }] })).toEqual(['/a', '/c']);
    expect(pathsOf('interchange.import', { source: { kind: 'bytes', name: 'x.jsonld', dataBase64: '' } })).toEqual([]);
    expect(pathsOf('project.openSample', {})).toEqual([]);
    expect(pathsOf('export.write', { path: '/out/r.html' } as never)).toEqual(['/out/r.html']);
    expect(pathsOf('search.query', { query: 'x' })).toEqual([]);
  });
});
