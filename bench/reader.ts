/**
 * `node dist/bench/reader.mjs` (built by bench/build.mjs): the reader with big articles, in
 * Chromium (/usr/bin/chromium, or WARRANT_CHROMIUM) driving a real `warrant serve` built by
 * `npm run build`. A generated project holds a 1 MB article with 1,000 highlights and a 6 MB
 * one; each is opened five times (alternating, so every open is a real one), timed from the
 * click on the library item to the first frame painted with its text, against the issue's
 * targets (≤ 100 ms and ≤ 300 ms). Then the 6 MB article is scrolled fast from the top,
 * counting slow frames and frames that showed a not-yet-rendered block at the centre.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startServe } from '../e2e/serve-fixture.js';
import { writeBigArticles } from './reader-project.js';

const RUNS = 5;
/** Frames of the scroll test: 240,000 px of the 6 MB article at 400 px a frame. */
const FRAMES = 600;
const ARTICLES = [
  { id: 'one-mb', title: 'One megabyte, 1,000 highlights', chars: 1_000_000, highlights: 1_000, targetMs: 100 },
  { id: 'six-mb', title: 'Six megabytes', chars: 6_000_000, highlights: 0, targetMs: 300 },
  // What the highlights cost: the same size without them (no target of its own).
  { id: 'one-mb-plain', title: 'One megabyte, no highlights', chars: 1_000_000, highlights: 0, targetMs: 100 },
] as const;

/*
 * The page side of the measurements runs in Chromium. The bench is type-checked with the Node
 * layer, which has no DOM library, so the few browser parts it uses are declared here (this
 * module only: a lib reference would give the whole Node layer the DOM).
 */
interface PageElement {
  textContent: string | null;
  closest(selector: string): PageElement | null;
}
interface Scroller {
  scrollTop: number;
  readonly clientHeight: number;
  readonly scrollHeight: number;
  readonly isConnected: boolean;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
}
declare const document: {
  addEventListener(type: 'click', listener: (e: { timeStamp: number }) => void, options: { capture: boolean; once: boolean }): void;
  querySelector(selector: string): PageElement | null;
  elementFromPoint(x: number, y: number): PageElement | null;
  body: unknown;
};
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: { childList: boolean; subtree: boolean; characterData: boolean }): void;
  disconnect(): void;
}
declare function requestAnimationFrame(callback: (now: number) => void): number;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Clicks the library item titled `title` and resolves with ms from the click to the first painted frame of its text. */
async function timeOpen(page: Page, title: string): Promise<number> {
  const timing = page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        let t0 = 0;
        document.addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
        const shown = () => document.querySelector('[data-testid="reader-title"]')?.textContent === wanted && document.querySelector('[data-testid="article-text"] .para') !== null;
        const observer = new MutationObserver(() => {
          if (!t0 || !shown()) return;
          observer.disconnect();
          // The frame with the text is painted after this animation frame's callbacks.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    title,
  );
  await page.getByTestId('library-item').filter({ hasText: title }).click();
  return timing;
}

/** Scrolls the reader from top to bottom in steps of `step` px per frame; frame times and blank centres. */
async function scrollThrough(page: Page, step: number): Promise<{ frames: number; slow: number; p95: number; blank: number }> {
  return page.getByTestId('reader').evaluate(
    (element, [px, max]) =>
      new Promise<{ frames: number; slow: number; p95: number; blank: number }>((resolve) => {
        const scroller = element as unknown as Scroller;
        scroller.scrollTop = 0;
        const times: number[] = [];
        let blank = 0;
        let last = performance.now();
        const box = scroller.getBoundingClientRect();
        const frame = (now: number) => {
          if (!scroller.isConnected) return resolve({ frames: times.length, slow: -1, p95: -1, blank: -1 });
          times.push(now - last);
          last = now;
          const at = document.elementFromPoint(box.left + box.width / 2 - 100, box.top + box.height / 2);
          if (at?.closest('.para-block--out')) blank++;
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1 || times.length > max) {
            const sorted = times.slice(1).sort((a, b) => a - b);
            resolve({ frames: times.length, slow: sorted.filter((t) => t > 50).length, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, blank });
            return;
          }
          scroller.scrollTop += px;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [step, FRAMES] as const,
  );
}

async function main(): Promise<void> {
  if (!existsSync('dist/electron/cli.mjs') || !existsSync('dist/renderer/index.html')) {
    console.log('\nReader: skipped — the app is not built (run `npm run build` first).');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'warrant-bench-reader-'));
  const project = join(dir, 'Big articles.warrant');
  await writeBigArticles(project, ARTICLES);
  const served = await startServe(dir, [project]);
  const browser = await chromium.launch({ executablePath: process.env.WARRANT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(served.url);
    await page.getByTestId('library-item').first().waitFor();
    const times = new Map<string, number[]>(ARTICLES.map((a) => [a.id, []]));
    // One warm-up open each (the server reads the article once; later opens are what a session sees).
    for (const a of ARTICLES) await timeOpen(page, a.title);
    for (let run = 0; run < RUNS; run++) for (const a of ARTICLES) times.get(a.id)!.push(await timeOpen(page, a.title));
    await timeOpen(page, ARTICLES[1].title);
    const paragraphs = await page.getByTestId('article-text').locator('.para').count();
    const scroll = await scrollThrough(page, 400);

    console.log(`\nReader: generated articles in Chromium against warrant serve, click to first painted frame, median of ${RUNS} (after one warm-up open).`);
    for (const a of ARTICLES) {
      const t = times.get(a.id)!;
      const m = median(t);
      console.log(`  open ${a.title.padEnd(32)} ${m.toFixed(0).padStart(5)} ms  (max ${Math.max(...t).toFixed(0)} ms)   target ≤ ${a.targetMs} ms: ${m <= a.targetMs ? 'met' : 'NOT met'}`);
    }
    console.log(`  paragraphs in the page after opening the 6 MB article: ${paragraphs}`);
    console.log(`  scroll the 6 MB article from the top, 400 px a frame: ${scroll.frames} frames, p95 ${scroll.p95.toFixed(0)} ms, ${scroll.slow} over 50 ms, ${scroll.blank} with an unrendered block at the centre`);
  } finally {
    await browser.close();
    await served.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
