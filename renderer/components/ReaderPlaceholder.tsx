/**
 * The reader column before an article is chosen.
 */

/** Props of <ReaderPlaceholder>. */
export interface ReaderPlaceholderProps {
  hasArticles: boolean;
}

/** Guidance for the empty reader. */
export function ReaderPlaceholder({ hasArticles }: ReaderPlaceholderProps) {
  return (
    <main className="reader reader--empty" aria-label="Reader">
      <div className="empty-state empty-state--center">
        {hasArticles ? (
          <>
            <p className="empty-state__title">Choose an article to read</p>
            <p>Pick one from the library, or search and open a result to see every hit marked.</p>
            <p className="empty-state__muted">While reading, Ctrl+F (⌘F on a Mac) finds words inside the article.</p>
          </>
        ) : (
          <>
            <p className="empty-state__title">Start by importing articles</p>
            <p>Import files or a whole folder with the buttons above, or drop them anywhere in this window.</p>
          </>
        )}
      </div>
    </main>
  );
}
