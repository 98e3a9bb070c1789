/**
 * The annotations area: highlights, claims, evidence links and undo/redo. Every change goes
 * through `apply`: a pure operation from shared/annotations computes the next value, the
 * history records it under its action kind, and the workspace stores it — which pushes the new
 * view to the UI. Handlers never push views or touch derived state themselves.
 */
import { randomUUID } from 'node:crypto';
import type { ActionKind } from '../../../shared/annotations/actions.js';
import { describe as describeRange, type AnchorSelectors } from '../../../shared/anchoring/index.js';
import * as ops from '../../../shared/annotations/operations.js';
import { setPublisherReliability } from '../../../shared/annotations/publisher-grades.js';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/highlight-colors.js';
import { WarrantError } from '../../../shared/result.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';
import { findArticle } from '../articles/app.js';
import { annotationsOf } from '../workspace.js';
import type { Undoable } from './history.js';

const undoable = (a: ops.AnnotationState): Undoable => ({ highlights: a.highlights, claims: a.claims, links: a.links, ratings: a.ratings, deleted: a.deleted });

/** What an author name falls back to before one is set in preferences. */
export const UNKNOWN_AUTHOR = 'Unknown author';

/** Handlers of the annotations area. */
export function annotationsArea(ctx: ServerContext): AreaHandlers<'annotations'> {
  const { workspace, history } = ctx;
  // The author is this backend's own (one window, one process): never re-read from the shared
  // preferences file, which another window or process may have changed.
  const stamp = (): ops.Stamp => ({ author: ctx.author.get() ?? UNKNOWN_AUTHOR, now: new Date().toISOString(), newId: randomUUID });

  /** Runs one undoable action: all or nothing (a refused action records nothing). */
  const apply = <T>(kind: ActionKind, action: (a: ops.AnnotationState, s: ops.Stamp) => { next: ops.AnnotationState; result: T }): T => {
    const data = workspace.need().data;
    const before: ops.AnnotationState = { ...annotationsOf(data), deleted: data.deleted };
    const { next, result } = action(before, stamp());
    history.record(kind, undoable(before), undoable(next));
    workspace.update((p) => ({ ...p, ...undoable(next) }));
    return result;
  };

  /** `apply` for an operation that answers `next` and the item it made or changed (`{ next, link }`): the action answers that item. */
  const applyFor = <F extends string, T>(kind: ActionKind, field: F, operation: (a: ops.AnnotationState, s: ops.Stamp) => { next: ops.AnnotationState } & Record<NoInfer<F>, T>): T =>
    apply(kind, (a, s) => {
      const r = operation(a, s);
      return { next: r.next, result: r[field] };
    });

  const travel = (state: Undoable | null) => {
    if (state) workspace.update((p) => ({ ...p, ...state }), { fromHistory: true });
    return history.state();
  };

  /** Selectors for `[start, end)` of an article; refuses rather than "fixes" a bad range. */
  const selectors = (articleId: string, start: number, end: number): AnchorSelectors => {
    const { text } = findArticle(ctx, articleId);
    // A silently moved highlight is worse than an error.
    if (start >= end || end > text.length) throw new WarrantError('bad-args', `That selection (${start}–${end}) is not a range of this article's text (${text.length} characters).`);
    const target = describeRange(text, start, end);
    if (!target) throw new WarrantError('bad-args', 'Select some words to highlight (the selection was empty or only spaces).');
    return target;
  };

  return {
    'annotations.get': async () => workspace.annotationsView(),
    'highlights.create': async ({ articleId, start, end, color, note, link }) => {
      const target = selectors(articleId, start, end);
      return apply(link ? 'highlight.createLinked' : 'highlight.create', (a, s) => {
        const made = ops.addHighlight(a, { articleId, target, color: color ?? DEFAULT_HIGHLIGHT_COLOR, note: note ?? '' }, s);
        if (!link) return { next: made.next, result: made.highlight };
        const linked = ops.linkEvidence(made.next, { highlightId: made.highlight.id, claimId: link.claimId, stance: link.stance }, s);
        return { next: linked.next, result: made.highlight };
      });
    },
    'highlights.update': async ({ id, patch }) => applyFor('highlight.update', 'highlight', (a, s) => ops.updateHighlight(a, id, patch, s)),
    'highlights.delete': async ({ id }) => apply('highlight.delete', (a, s) => ({ next: ops.deleteHighlight(a, id, s), result: null })),
    'claims.create': async ({ text, parentId, index }) =>
      applyFor('claim.create', 'claim', (a, s) => ops.addClaim(a, { text, parentId: parentId ?? null, ...(index !== undefined ? { index } : {}) }, s)),
    'claims.createFromSelection': async ({ articleId, start, end, text, parentId, color, stance }) => {
      const target = selectors(articleId, start, end);
      return apply('claim.createFromSelection', (a, s) => {
        const made = ops.addHighlight(a, { articleId, target, color: color ?? DEFAULT_HIGHLIGHT_COLOR }, s);
        const claimed = ops.addClaim(made.next, { text, parentId: parentId ?? null }, s);
        const linked = ops.linkEvidence(claimed.next, { highlightId: made.highlight.id, claimId: claimed.claim.id, stance: stance ?? 'supports' }, s);
        return { next: linked.next, result: { claim: claimed.claim, highlight: made.highlight, link: linked.link } };
      });
    },
    // Text changes the claim; rating and rationale set the current author's own rating.
    'claims.update': async ({ id, patch }) =>
      apply(patch.rating !== undefined || patch.rationale !== undefined ? 'claim.rate' : 'claim.update', (a, s) => {
        let next = a;
        if (patch.text !== undefined) next = ops.updateClaim(next, id, { text: patch.text }, s).next;
        if (patch.rating !== undefined || patch.rationale !== undefined) {
          const own = { ...(patch.rating !== undefined ? { rating: patch.rating } : {}), ...(patch.rationale !== undefined ? { rationale: patch.rationale } : {}) };
          next = ops.rateClaim(next, id, own, s).next;
        }
        const claim = next.claims.find((c) => c.id === id);
        if (!claim) throw new WarrantError('not-found', 'That claim no longer exists (it may have been deleted or undone).');
        return { next, result: claim };
      }),
    'claims.setVerdict': async ({ id, verdict }) => applyFor('claim.verdict', 'claim', (a, s) => ops.setVerdict(a, id, verdict, s)),
    'claims.move': async ({ id, parentId, index }) => apply('claim.move', (a, s) => ({ next: ops.moveClaim(a, id, parentId, index, s), result: null })),
    'claims.delete': async ({ id }) => {
      apply('claim.delete', (a, s) => ({ next: ops.deleteClaim(a, id, s), result: null }));
      // Which action this was, so the UI's "Undo" undoes exactly this deletion.
      return { seq: history.lastSeq };
    },
    'links.create': async (input) => applyFor('link.create', 'link', (a, s) => ops.linkEvidence(a, input, s)),
    'links.update': async ({ id, patch }) => applyFor('link.update', 'link', (a, s) => ops.updateLink(a, id, patch, s)),
    'links.delete': async ({ id }) => apply('link.delete', (a, s) => ({ next: ops.unlinkEvidence(a, id, s), result: null })),
    // Grades are project data beside the annotations: recorded in the same history, so one undo takes a grade back.
    'publishers.setReliability': async ({ name, reliability }) => {
      const before = workspace.need().data.publishers ?? [];
      const { publishers, grade } = setPublisherReliability(before, name, reliability, stamp());
      if (publishers.some((p, i) => p !== before[i]) || publishers.length !== before.length) {
        history.record('publisher.grade', { publishers: before }, { publishers });
        workspace.update((p) => ({ ...p, publishers }));
      }
      return grade;
    },
    'history.undo': async () => travel(history.undo()),
    'history.redo': async () => travel(history.redo()),
  };
}
