// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SPLIT_MAX, SPLIT_MIN, SplitHandle, clampSplit, useSplit } from './SplitPane.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KEY = 'test.split';
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  localStorage.clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** A split as the claims panel uses it: two areas and the divider between them. */
function Panel() {
  const split = useSplit(KEY, 0.4);
  return (
    <div style={split.style}>
      <section />
      <SplitHandle lower={split.lower} onChange={split.setLower} label="claim and highlights" />
      <section />
    </div>
  );
}

function press(el: Element, key: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('the claims panel divider', () => {
  it('keeps a share inside its limits and ignores a corrupt stored value', () => {
    expect(clampSplit(0.05, 0.4)).toBe(SPLIT_MIN);
    expect(clampSplit(0.95, 0.4)).toBe(SPLIT_MAX);
    expect(clampSplit(Number('nonsense'), 0.4)).toBe(0.4);
  });

  it('moves with the arrow keys, says where it is, and is remembered for next time', () => {
    act(() => root.render(<Panel />));
    const handle = host.querySelector('[role="separator"]')!;
    expect(handle.getAttribute('aria-valuenow')).toBe('60');
    press(handle, 'ArrowDown');
    press(handle, 'ArrowDown');
    expect(handle.getAttribute('aria-valuenow')).toBe('70');
    expect((host.firstElementChild as HTMLElement).style.getPropertyValue('--split-lower')).toBe('30.0%');
    press(handle, 'End');
    expect(handle.getAttribute('aria-valuenow')).toBe(String(Math.round((1 - SPLIT_MIN) * 100)));

    // A new panel (another claim, a reload) starts where the last one was left.
    act(() => root.unmount());
    root = createRoot(host);
    act(() => root.render(<Panel />));
    expect(host.querySelector('[role="separator"]')!.getAttribute('aria-valuenow')).toBe('80');
  });

  it('starts at its default when storage holds something unreadable', () => {
    localStorage.setItem(KEY, 'wide');
    act(() => root.render(<Panel />));
    expect(host.querySelector('[role="separator"]')!.getAttribute('aria-valuenow')).toBe('60');
  });
});
