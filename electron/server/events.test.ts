import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../shared/api.js';
import { validatedEmitter } from './events.js';

describe('push events are validated where they are emitted', () => {
  it('sends events that match the contract', () => {
    const sent: AnyEvent[] = [];
    const emit = validatedEmitter((e) => sent.push(e), () => undefined);
    emit('import.progress', { done: 1, total: 3, current: 'a.txt' });
    expect(sent).toEqual([{ name: 'import.progress', payload: { done: 1, total: 3, current: 'a.txt' } }]);
  });

  it('refuses a malformed payload, reports it by path, and never quotes the value', () => {
    const sent: AnyEvent[] = [];
    const reports: string[] = [];
    const emit = validatedEmitter((e) => sent.push(e), (m) => reports.push(m));
    // A bug elsewhere could produce this; the type system is bypassed on purpose.
    emit('import.progress', { done: 'secret-article-text', total: 3, current: 'a.txt' } as unknown as { done: number; total: number; current: string });
    expect(sent).toEqual([]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/import\.progress.*done/);
    expect(reports[0]).not.toContain('secret-article-text');
  });
});
