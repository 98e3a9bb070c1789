// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_SAVE_DELAY_MS, DraftField } from './DraftField.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

/** Types into a React-controlled textarea the way the browser does. */
function type(el: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  act(() => {
    el.focus();
    setter.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('DraftField', () => {
  it('saves a rationale after a pause in typing, without waiting for the field to lose focus', () => {
    const saved: string[] = [];
    act(() => root.render(<DraftField value="" label="Rationale" onSave={(v) => saved.push(v)} testId="f" />));
    const field = host.querySelector('textarea')!;
    type(field, 'Five outlets repeat one report');
    expect(saved).toEqual([]);
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS + 10));
    expect(saved).toEqual(['Five outlets repeat one report']);
    expect(document.activeElement).toBe(field);
    // A Hebrew note or an Arabic rationale reads right to left as it is typed.
    expect(field.getAttribute('dir')).toBe('auto');
  });

  it('asks before the page is left with an unsaved draft', () => {
    act(() => root.render(<DraftField value="" label="Note" onSave={() => undefined} />));
    type(host.querySelector('textarea')!, 'half a thought');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('saves the draft before Ctrl+S saves the project', () => {
    const saved: string[] = [];
    act(() => root.render(<DraftField value="" label="Rationale" onSave={(v) => saved.push(v)} />));
    const field = host.querySelector('textarea')!;
    type(field, 'typed just now');
    act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true }));
    });
    expect(saved).toEqual(['typed just now']);
  });

  it('never saves an empty required value', () => {
    const saved: string[] = [];
    act(() => root.render(<DraftField value="A claim" label="Claim" required onSave={(v) => saved.push(v)} />));
    type(host.querySelector('textarea')!, '   ');
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS * 3));
    expect(saved).toEqual([]);
  });
});
