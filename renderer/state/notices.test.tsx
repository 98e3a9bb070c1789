// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useNotices } from './notices.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let notices: ReturnType<typeof useNotices>;
function Probe() {
  notices = useNotices();
  return null;
}

describe('notices', () => {
  beforeEach(() => {
    root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe />));
  });
  afterEach(() => act(() => root.unmount()));

  it('withdraws failed saves once saving works again, and leaves the other alerts', () => {
    act(() => notices.report('Could not save the project', 'The disk is full.', 'save'));
    act(() => notices.report('Could not open the project', 'No such file.'));
    act(() => notices.report('Could not save the project under a new name', 'Permission denied.', 'save'));
    expect(notices.notices.map((n) => n.title)).toEqual(['Could not save the project', 'Could not open the project', 'Could not save the project under a new name']);
    act(() => notices.withdraw('save'));
    expect(notices.notices.map((n) => n.title)).toEqual(['Could not open the project']);
  });
});
