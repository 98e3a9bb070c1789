// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryDrawerFrame, LibraryDrawerProvider, LibraryToggle } from './LayoutToggle.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
let narrow = true;
beforeEach(() => {
  localStorage.clear();
  narrow = true;
  // jsdom has no layout: the window's width is what matchMedia answers.
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: narrow, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

let openArticle: (id: string) => void = () => {};

/** The header toggle and the library column, as the workspace lays them out. */
function Workspace() {
  const [opened, setOpened] = useState<string | null>(null);
  openArticle = setOpened;
  return (
    <LibraryDrawerProvider>
      <header>
        <LibraryToggle />
      </header>
      <LibraryDrawerFrame openedId={opened}>
        <nav aria-label="Search and library">
          <input aria-label="Search articles" />
        </nav>
      </LibraryDrawerFrame>
    </LibraryDrawerProvider>
  );
}

const toggle = () => host.querySelector<HTMLButtonElement>('[data-testid="library-toggle"]');
const frame = () => host.querySelector<HTMLElement>('#library-drawer')!;

describe('the library drawer in a narrow window', () => {
  it('opens from the toggle with focus inside, and Escape closes it and returns focus to the toggle', () => {
    act(() => root.render(<Workspace />));
    expect(frame().className).toContain('library-frame--drawer');
    expect(frame().className).not.toContain('is-open');
    act(() => toggle()!.click());
    expect(frame().className).toContain('is-open');
    expect(toggle()!.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(host.querySelector('input'));
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(frame().className).not.toContain('is-open');
    expect(document.activeElement).toBe(toggle());
  });

  it('closes when an article is opened, and remembers whether it was left open', () => {
    act(() => root.render(<Workspace />));
    act(() => toggle()!.click());
    act(() => host.querySelector<HTMLElement>('[data-testid="library-scrim"]')!.click());
    expect(frame().className).not.toContain('is-open');
    act(() => toggle()!.click());
    act(() => openArticle('a1'));
    expect(frame().className).not.toContain('is-open');

    act(() => toggle()!.click());
    act(() => root.unmount());
    root = createRoot(host);
    act(() => root.render(<Workspace />));
    expect(frame().className).toContain('is-open');
  });

  it('is an ordinary column with no toggle in a wide window', () => {
    narrow = false;
    act(() => root.render(<Workspace />));
    expect(toggle()).toBeNull();
    expect(frame().className).toBe('library-frame');
  });
});
