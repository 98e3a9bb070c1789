import { describe, expect, it } from 'vitest';
import { rovingTarget, tabStopIndex } from './roving.js';

describe('roving tabindex keys', () => {
  it('moves one item with the arrows and stops at the ends', () => {
    expect(rovingTarget('ArrowDown', 0, 3)).toBe(1);
    expect(rovingTarget('ArrowDown', 2, 3)).toBe(2);
    expect(rovingTarget('ArrowUp', 1, 3)).toBe(0);
    expect(rovingTarget('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps to the first and last item with Home and End', () => {
    expect(rovingTarget('Home', 2, 5)).toBe(0);
    expect(rovingTarget('End', 0, 5)).toBe(4);
  });

  it('ignores other keys and empty lists', () => {
    expect(rovingTarget('Enter', 0, 3)).toBeNull();
    expect(rovingTarget('ArrowDown', 0, 0)).toBeNull();
  });

  it('keeps the Tab stop on the last focused item, else the preferred one, within the list', () => {
    expect(tabStopIndex(null, 2, 5)).toBe(2);
    expect(tabStopIndex(null, -1, 5)).toBe(0);
    expect(tabStopIndex(3, 0, 5)).toBe(3);
    expect(tabStopIndex(7, 0, 5)).toBe(4);
    expect(tabStopIndex(null, 0, 0)).toBe(-1);
  });
});
