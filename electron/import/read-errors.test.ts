/**
 * Reasons for files the system refuses to read. Permission errors cannot be produced for real
 * when tests run as root (root reads everything), so the mapping is checked with the error
 * objects Node raises; the paths that raise them are covered by the folder tests.
 */
import { describe, expect, it } from 'vitest';
import { walkErrorReason } from './collect.js';
import { readErrorReason } from './parse-job.js';

const sysError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('read error reasons', () => {
  it('explains a file the system refuses to read', () => {
    expect(readErrorReason(sysError('EACCES'))).toBe('Permission denied: Warrant is not allowed to read this file. Check its permissions.');
    expect(readErrorReason(sysError('EPERM'))).toMatch(/^Permission denied/);
    expect(readErrorReason(sysError('ENOENT'))).toMatch(/no longer exists/);
    expect(readErrorReason(sysError('EBUSY'))).toMatch(/locked by another program/);
    // Codes without advice of their own get the shared words, never a bare code.
    expect(readErrorReason(sysError('EIO'))).toBe('The file could not be read: the disk reported a read/write error.');
    expect(readErrorReason(sysError('EMFILE'))).toBe('The file could not be read: too many files are open; close some programs and try again.');
    expect(readErrorReason(new Error('no code'))).toBe('The file could not be read: the system refused.');
  });

  it('explains a folder the system refuses to list', () => {
    expect(walkErrorReason(sysError('EACCES'), 'folder')).toBe('Permission denied: Warrant is not allowed to read this folder.');
    expect(walkErrorReason(sysError('ENOENT'), 'file or folder')).toBe('No such file or folder.');
    expect(walkErrorReason(sysError('ELOOP'), 'file or folder')).toMatch(/symbolic link loop/);
    expect(walkErrorReason(sysError('ENAMETOOLONG'), 'folder')).toBe('Could not read this folder: the path is too long.');
    expect(walkErrorReason(sysError('EIO'), 'file or folder')).toBe('Could not read this file or folder: the disk reported a read/write error.');
  });
});
