/**
 * The annotation half of the backend: highlights, claims, evidence links, undo/redo and the
 * author preference. Every change goes through `apply`, which records it for undo, saves it
 * (autosave) and tells the UI.
 */
import { randomUUID } from 'node:crypto';
import type { AnnotationsView } from '../../shared/api.js';
import { anchor, describe as describeRange } from '../../shared/anchoring/index.js';
import * as ops from '../../shared/annotations/operations.js';
import type { Annotations } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';
import type { Handlers } from '../../shared/transport.js';
import type { ProjectSession } from '../project/session.js';
import { AnnotationHistory, type Undoable } from './history.js';
import type { PrefsStore } from './prefs.js';

export interface AnnotationContext {
  need(): ProjectSession;
  prefs: PrefsStore;
  history: AnnotationHistory;
  emit(view: AnnotationsView): void;
}

type AnnotationMethods =
  | 'prefs.get' | 'prefs.setAuthorName' | 'annotations.get'
  | 'highlights.create' | 'highlights.update' | 'highlights.delete' | 'highlights.resolve'
  | 'claims.create' | 'claims.update' | 'claims.move' | 'claims.delete'
  | 'links.create' | 'links.update' | 'links.delete' | 'history.undo' | 'history.redo';

/** The annotations of a project value. */
export function annotationsOf(p: Annotations): Annotations {
  return { highlights: p.highlights, claims: p.claims, links: p.links, removedArticles: p.removedArticles };
}

const undoable = (a: Undoable): Undoable => ({ highlights: a.highlights, claims: a.claims, links: a.links });

/** Builds the annotation handlers over the backend's session. */
export function annotationHandlers(ctx: AnnotationContext): Pick<Handlers, AnnotationMethods> {
  const view = (): AnnotationsView => ({ ...annotationsOf(ctx.need().data), history: ctx.history.state() });
  const stamp = (): ops.Stamp => ({ author: ctx.prefs.read().authorName ?? 'Unknown author', now: new Date().toISOString(), newId: randomUUID });

  /** Runs one annotation action: changes the project, records it for undo, tells the UI. */
  const apply = <T>(label: string, action: (a: Annotations, s: ops.Stamp) => { next: Annotations; result: T }): T => {
    const session = ctx.need();
    const before = annotationsOf(session.data);
    const { next, result } = action(before, stamp());
    session.update((p) => ({ ...p, highlights: next.highlights, claims: next.claims, links: next.links }));
    ctx.history.record(label, undoable(before), undoable(next));
    ctx.emit(view());
    return result;
  };

  const travel = (state: Undoable | null) => {
    if (state) {
      ctx.need().update((p) => ({ ...p, ...state }));
      ctx.emit(view());
    }
    return ctx.history.state();
  };

  const articleText = (articleId: string): string => {
    const article = ctx.need().data.articles.find((a) => a.id === articleId);
    if (!article) throw new WarrantError('not-found', 'That article is no longer in the project.');
    return article.text;
  };

  return {
    'prefs.get': async () => ({ authorName: ctx.prefs.read().authorName }),
    'prefs.setAuthorName': async ({ name }) => {
      ctx.prefs.write({ ...ctx.prefs.read(), authorName: name });
      return { authorName: name };
    },
    'annotations.get': async () => view(),
    'highlights.create': async ({ articleId, start, end, color, note, link }) => {
      const text = articleText(articleId);
      // Refuse rather than "fix" a range: a silently moved highlight is worse than an error.
      if (start >= end || end > text.length) throw new WarrantError('bad-args', `That selection (${start}–${end}) is not a range of this article's text (${text.length} characters).`);
      const target = describeRange(text, start, end);
      if (!target) throw new WarrantError('bad-args', 'Select some words to highlight (the selection was empty or only spaces).');
      return apply(link ? 'Highlight and link' : 'Highlight', (a, s) => {
        const made = ops.addHighlight(a, { articleId, target, color: color ?? 'yellow', note: note ?? '' }, s);
        if (!link) return { next: made.next, result: made.highlight };
        const linked = ops.linkEvidence(made.next, { highlightId: made.highlight.id, claimId: link.claimId, stance: link.stance }, s);
        return { next: linked.next, result: made.highlight };
      });
    },
    'highlights.update': async ({ id, patch }) =>
      apply('Edit highlight', (a, s) => {
        const r = ops.updateHighlight(a, id, patch, s);
        return { next: r.next, result: r.highlight };
      }),
    'highlights.delete': async ({ id }) => apply('Delete highlight', (a) => ({ next: ops.deleteHighlight(a, id), result: null })),
    'highlights.resolve': async ({ articleId }) => {
      const text = articleText(articleId);
      return ctx.need().data.highlights
        .filter((h) => h.articleId === articleId)
        .map((h) => {
          const found = anchor(text, h.target, { hint: h.target.position.start });
          return found
            ? { id: h.id, status: 'anchored' as const, range: [found.start, found.end] as [number, number], method: found.method }
            : { id: h.id, status: 'orphaned' as const, range: null, method: null };
        });
    },
    'claims.create': async ({ text, parentId, index }) =>
      apply('New claim', (a, s) => {
        const r = ops.addClaim(a, { text, parentId: parentId ?? null, ...(index !== undefined ? { index } : {}) }, s);
        return { next: r.next, result: r.claim };
      }),
    'claims.update': async ({ id, patch }) =>
      apply(patch.rating ? 'Rate claim' : 'Edit claim', (a, s) => {
        const r = ops.updateClaim(a, id, patch, s);
        return { next: r.next, result: r.claim };
      }),
    'claims.move': async ({ id, parentId, index }) => apply('Move claim', (a) => ({ next: ops.moveClaim(a, id, parentId, index), result: null })),
    'claims.delete': async ({ id }) => apply('Delete claim', (a) => ({ next: ops.deleteClaim(a, id), result: null })),
    'links.create': async (input) =>
      apply('Link evidence', (a, s) => {
        const r = ops.linkEvidence(a, input, s);
        return { next: r.next, result: r.link };
      }),
    'links.update': async ({ id, patch }) =>
      apply('Edit evidence', (a, s) => {
        const r = ops.updateLink(a, id, patch, s);
        return { next: r.next, result: r.link };
      }),
    'links.delete': async ({ id }) => apply('Unlink evidence', (a) => ({ next: ops.unlinkEvidence(a, id), result: null })),
    'history.undo': async () => travel(ctx.history.undo()),
    'history.redo': async () => travel(ctx.history.redo()),
  };
}
