import { describe, expect, it } from 'vitest';
import { buildProgram } from '../cli.js';

describe('warrant serve --allow', () => {
  it('refuses a folder that does not exist, before starting anything', async () => {
    const lines: string[] = [];
    const program = buildProgram({ out: (s) => lines.push(s), err: (s) => lines.push(s) });
    await expect(program.parseAsync(['node', 'warrant', 'serve', '--allow', '/no/such/folder/for/warrant'])).rejects.toThrow('--allow /no/such/folder/for/warrant: no such folder.');
    expect(lines).toEqual([]);
  });
});
