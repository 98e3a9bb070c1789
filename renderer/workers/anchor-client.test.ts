import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../shared/anchoring/index.js';
import { resolveInWorker } from './anchor-client.js';

suite('resolveInWorker', () => {
  // Node and jsdom have no Worker: the client anchors on the spot, with the same answers.
  it('anchors on this thread where there is no Worker', async () => {
    const text = 'One passage here. Another passage there.';
    const start = text.indexOf('Another');
    const target = describe(text, start, text.length)!;
    await expect(resolveInWorker({ id: 'a1', text }, [{ id: 'h1', target }])).resolves.toEqual({
      ok: true,
      value: [{ id: 'h1', status: 'anchored', range: [start, text.length], method: 'position' }],
    });
  });
});
