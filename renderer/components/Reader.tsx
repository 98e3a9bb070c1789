/**
 * The centre column: the open article with its details, search hits and in-article find.
 * Mounted with a key per (article, query), so hit and find state start fresh for each.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { TextRange } from '../../shared/api.js';
import { useCommandSlice, useScopeKeys } from '../commands/host.js';
import { findAll } from '../lib/find.js';
import { useArticleNav } from '../state/article-nav.js';
import { useHits } from '../state/use-article.js';
import { useLibraryContext } from '../state/use-library.js';
import { ArticleHeader } from './ArticleHeader.js';
import { AnnotatedText } from './AnnotatedText.js';
import { FindBar } from './FindBar.js';
import { HitBar } from './HitBar.js';
import { MetadataForm } from './MetadataForm.js';

/** Props of <Reader>. */
export interface ReaderProps {
  articleId: string;
  /** The search the article was opened from: its hits are marked. */
  query: string | null;
}

const NO_RANGES: TextRange[] = [];
const wrap = (i: number, n: number) => (n === 0 ? 0 : (i + n) % n);

/** The reader. */
export function Reader({ articleId, query }: ReaderProps) {
  const nav = useArticleNav();
  const library = useLibraryContext();
  const { article, error, focus } = nav;
  const { hits, error: hitsError } = useHits(articleId, query);
  const [editing, setEditing] = useState(false);
  const [activeHit, setActiveHit] = useState(0);
  const [find, setFind] = useState<{ open: boolean; text: string; active: number; signal: number }>({
    open: false,
    text: '',
    active: 0,
    signal: 0,
  });
  const scroller = useRef<HTMLDivElement>(null);

  const findText = useDeferredValue(find.open ? find.text : '');
  const finds = useMemo(() => (article && findText.trim() ? findAll(article.text, findText) : NO_RANGES), [article, findText]);
  const hitRanges = hits ?? NO_RANGES;

  const moveHit = useCallback((delta: 1 | -1) => setActiveHit((i) => wrap(i + delta, hitRanges.length)), [hitRanges.length]);
  const moveFind = useCallback(
    (delta: 1 | -1) => setFind((f) => ({ ...f, active: wrap(f.active + delta, finds.length) })),
    [finds.length],
  );

  // Bring the active hit or find match into view.
  const scrollTo = (selector: string) =>
    scroller.current?.querySelector(selector)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  useEffect(() => {
    if (hitRanges.length > 0) scrollTo(`[data-hit="${activeHit}"]`);
  }, [hitRanges, activeHit]);
  useEffect(() => {
    if (finds.length > 0) scrollTo(`[data-find="${Math.min(find.active, finds.length - 1)}"]`);
  }, [finds, find.active]);

  // What the reader's commands act on (find, next/previous hit or match).
  const findOpen = find.open;
  useCommandSlice(
    'reader',
    useMemo(
      () => ({
        openFind: () => setFind((f) => ({ ...f, open: true, signal: f.signal + 1 })),
        step: (delta: 1 | -1) => {
          if (findOpen && finds.length > 0) moveFind(delta);
          else if (hitRanges.length > 0) moveHit(delta);
        },
        stepHit: moveHit,
        hitCount: hitRanges.length,
      }),
      [findOpen, finds.length, hitRanges.length, moveFind, moveHit],
    ),
  );
  const readerKeys = useScopeKeys('reader');

  const activeFind = finds.length > 0 ? Math.min(find.active, finds.length - 1) : -1;

  return (
    <main className="reader" aria-label="Reader">
      {(query || find.open) && (
        <div className="reader__bars">
          {query && (
            <HitBar
              query={query}
              count={hits ? hits.length : hitsError ? 0 : null}
              active={activeHit}
              onMove={moveHit}
              onClear={nav.clearQuery}
            />
          )}
          {find.open && (
            <FindBar
              value={find.text}
              onChange={(text) => setFind((f) => ({ ...f, text, active: 0 }))}
              count={finds.length}
              active={activeFind}
              onMove={moveFind}
              onClose={() => {
                setFind((f) => ({ ...f, open: false }));
                scroller.current?.focus();
              }}
              focusSignal={find.signal}
            />
          )}
        </div>
      )}
      <div className="reader__scroll" ref={scroller} tabIndex={0} onKeyDown={(e) => readerKeys(e, null)} data-testid="reader">
        {error ? (
          <div className="empty-state empty-state--center" role="alert">
            <p className="empty-state__title">This article could not be opened</p>
            <p>{error.message}</p>
          </div>
        ) : !article ? (
          <p className="list-status reader__loading">Opening…</p>
        ) : (
          <article className="reader__article" aria-label={article.title}>
            {editing ? (
              <MetadataForm
                article={article}
                onCancel={() => setEditing(false)}
                onSaved={(meta) => {
                  nav.patchMeta(meta);
                  library.replace(meta);
                  setEditing(false);
                }}
              />
            ) : (
              <ArticleHeader article={article} onEdit={() => setEditing(true)} />
            )}
            <AnnotatedText
              articleId={article.id}
              text={article.text}
              hits={hitRanges}
              activeHit={activeHit}
              finds={finds}
              activeFind={activeFind}
              focus={focus}
            />
          </article>
        )}
      </div>
    </main>
  );
}
