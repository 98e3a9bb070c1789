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
    act(() => notices.withdraw('save'));
    expect(notices.notices.map((n) => n.title)).toEqual(['Could not open the project']);
  });

  it('shows one message per problem: a newer notice on a topic replaces the older, and a repeat shows once', () => {
    act(() => notices.report('Could not save the project', 'The disk is full.', 'save'));
    act(() => notices.report('Could not open the project', 'No such file.'));
    act(() => notices.report('Could not save the project', 'The disk is full.', 'save'));
    act(() => notices.report('Could not open the project', 'No such file.'));
    act(() => notices.report('Could not close the project', 'The disk is full.', 'save'));
    expect(notices.notices.map((n) => n.title)).toEqual(['Could not open the project', 'Could not close the project']);
    act(() => notices.report('Could not save the claim', 'Warrant’s server is not answering.', 'connection'));
    act(() => notices.report('Could not link the passage', 'Warrant’s server is not answering.', 'connection'));
    expect(notices.notices.map((n) => n.title)).toEqual(['Could not open the project', 'Could not close the project', 'Could not link the passage']);
    act(() => notices.withdraw('connection'));
    act(() => notices.withdraw('save'));
    expect(notices.notices.map((n) => n.title)).toEqual(['Could not open the project']);
  });

  it('keeps the stack to three alerts, dropping the oldest', () => {
    for (const what of ['a', 'b', 'c', 'd']) act(() => notices.report(`Could not open ${what}`, 'No such file.'));
    expect(notices.notices.map((n) => n.title)).toEqual(['Could not open b', 'Could not open c', 'Could not open d']);
  });
});
