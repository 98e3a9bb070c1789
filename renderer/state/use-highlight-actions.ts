/**
 * What can be done with a text selection in the reader: highlight it in a colour (optionally
 * with a note), make a claim of it, or link it to the active claim in one step. Linking and
 * "claim from selection" highlight in the neutral default colour, never the last one used: a
 * colour's label (Source, Question, …) would otherwise mark every linked passage as that.
 */
import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../shared/highlight-colors.js';
import { HighlightColor, LIMITS, type Stance } from '../../shared/model.js';
import { colorInfo } from '../lib/highlight-colors.js';
import { stanceInfo } from '../lib/evidence.js';
import type { TextSelection } from './use-text-selection.js';
import { useWorkbench } from './workbench.js';

const LAST_COLOR_KEY = 'warrant.lastHighlightColor';

function readLastColor(): HighlightColor {
  try {
    const stored = localStorage.getItem(LAST_COLOR_KEY);
    const parsed = HighlightColor.safeParse(stored);
    return parsed.success ? parsed.data : DEFAULT_HIGHLIGHT_COLOR;
  } catch {
    return DEFAULT_HIGHLIGHT_COLOR;
  }
}

/** Splits text into sentences the way the browser's own rules do (any language). */
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/**
 * A claim's text proposed from a passage: its first sentence (a claim is one statement; the
 * passage stays linked as the evidence), whitespace folded, cut to the claim length limit.
 */
export function claimTextFrom(passage: string, max: number = LIMITS.maxClaimLength): string {
  const folded = passage.replace(/\s+/g, ' ').trim();
  const first = sentences.segment(folded)[Symbol.iterator]().next().value?.segment.trim() || folded;
  return first.length <= max ? first : `${first.slice(0, max - 1)}…`;
}

/** What useHighlightActions returns. */
export interface HighlightActions {
  /** The colour H uses: the last one chosen. */
  lastColor: HighlightColor;
  highlight(color: HighlightColor, options?: { focusNote?: boolean }): Promise<void>;
  claimFromSelection(): Promise<void>;
  linkToActive(stance: Stance): Promise<void>;
}

/**
 * Actions on `selection` in article `articleId` (whose text is `text`); `done` clears the
 * selection once an action has been taken.
 */
export function useHighlightActions(articleId: string, text: string | null, selection: TextSelection | null, done: () => void): HighlightActions {
  const wb = useWorkbench();
  const { run, toast, panel, view } = wb;
  const [lastColor, setLastColor] = useState<HighlightColor>(readLastColor);

  const highlight = useCallback(
    async (color: HighlightColor, options?: { focusNote?: boolean }) => {
      if (!selection) return;
      setLastColor(color);
      try {
        localStorage.setItem(LAST_COLOR_KEY, color);
      } catch {
        // Private mode or storage full: the choice just isn't remembered.
      }
      const { start, end } = selection;
      done();
      const made = await run('highlights.create', { articleId, start, end, color }, 'Could not highlight the passage');
      if (made) {
        panel.selectHighlight(made.id, { focusNote: options?.focusNote ?? false });
        toast(`Highlighted as ${colorInfo(color).label}`);
      }
    },
    [articleId, done, panel, run, selection, toast],
  );

  const claimFromSelection = useCallback(async () => {
    if (!selection || text === null) return;
    const { start, end } = selection;
    done();
    // One backend command, so it is one undo step and never leaves a claim without its passage.
    const made = await run(
      'claims.createFromSelection',
      // The neutral colour: the passage's role is its link (supports), not a colour's label.
      { articleId, start, end, text: claimTextFrom(text.slice(start, end)), color: DEFAULT_HIGHLIGHT_COLOR, stance: 'supports' },
      'Could not create the claim from the selection',
    );
    if (!made) return;
    // The cursor goes to the claim's text: the first sentence is only a proposal to reword.
    panel.openClaim(made.claim.id, { focusText: true });
    panel.selectHighlight(made.highlight.id);
    toast('New claim from the selection (its first sentence: reword it); the passage is linked as supporting');
  }, [articleId, done, panel, run, selection, text, toast]);

  const linkToActive = useCallback(
    async (stance: Stance) => {
      if (!selection) return;
      const claim = view.claims.find((c) => c.id === panel.activeClaimId);
      if (!claim) {
        toast('No active claim: click a claim in the panel first, then press L to link a selection to it');
        return;
      }
      const { start, end } = selection;
      done();
      const made = await run('highlights.create', { articleId, start, end, color: DEFAULT_HIGHLIGHT_COLOR, link: { claimId: claim.id, stance } }, 'Could not link the passage');
      if (made) {
        panel.selectHighlight(made.id);
        toast(`Linked to the active claim as ${stanceInfo(stance).group.toLowerCase()}`);
      }
    },
    [articleId, done, panel, run, selection, toast, view.claims],
  );

  return useMemo(() => ({ lastColor, highlight, claimFromSelection, linkToActive }), [lastColor, highlight, claimFromSelection, linkToActive]);
}
