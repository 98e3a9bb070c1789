/**
 * For component tests in jsdom: React's act() environment, the modal <dialog> methods jsdom
 * lacks, and a fresh container and root for every test, unmounted and removed after it.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The current test's root and container, and queries by test id within it. */
export interface TestRoot {
  readonly root: Root;
  readonly container: HTMLDivElement;
  /** Renders into the root, inside act(). */
  render(node: ReactNode): void;
  /** The first element with `data-testid="<testId>"` in the container, or null. */
  $(testId: string): HTMLElement | null;
  /** Every element with `data-testid="<testId>"` in `within` (default: the container). */
  $$(testId: string, within?: ParentNode): HTMLElement[];
}

/** Lets pending effects and resolved promises settle, inside act(). */
export const flush = () => act(async () => {});

/**
 * Registers hooks that give each test a container in the document with a React root in it, and
 * unmount and remove both after the test. Call it at the top of a test file or describe block.
 */
export function setupTestRoot(): TestRoot {
  // jsdom has no modal dialogs: open and close them by the attribute.
  beforeAll(() => {
    const proto = Object.getPrototypeOf(document.createElement('dialog')) as { showModal?: () => void; close?: () => void };
    proto.showModal = function (this: HTMLElement) {
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLElement) {
      this.removeAttribute('open');
    };
  });
  let root: Root;
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  return {
    get root() {
      return root;
    },
    get container() {
      return container;
    },
    render(node) {
      act(() => root.render(node));
    },
    $: (testId) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`),
    $$: (testId, within = container) => [...within.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)],
  };
}
