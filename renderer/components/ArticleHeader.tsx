/**
 * The reader's metadata header: title, source · author · date, URL, file of origin.
 */
import type { ArticleMeta } from '../../shared/model.js';
import { formatCount, formatDate } from '../lib/format.js';

/** Props of <ArticleHeader>. */
export interface ArticleHeaderProps {
  article: ArticleMeta;
  onEdit(): void;
}

/** Metadata of the open article. The URL is shown as text: article data never navigates. */
export function ArticleHeader({ article, onEdit }: ArticleHeaderProps) {
  const byline = [article.source, article.author, article.date && formatDate(article.date)].filter(Boolean);
  return (
    <header className="article-header">
      <h1 className="article-header__title" dir="auto" data-testid="reader-title">
        {article.title}
      </h1>
      <p className="article-header__byline" dir="auto" data-testid="reader-byline">
        {byline.length > 0 ? byline.join(' · ') : <span className="muted">No source, author or date — add them with Edit details.</span>}
      </p>
      {article.url && (
        <p className="article-header__url">
          <span className="article-header__label">URL</span>{' '}
          <span className="article-header__url-text" data-testid="reader-url">
            {article.url}
          </span>
        </p>
      )}
      <div className="article-header__foot">
        <p className="article-header__file">
          From <span className="mono">{article.fileName}</span> · {formatCount(article.length)} characters
        </p>
        <button type="button" className="button button--small" onClick={onEdit} data-testid="edit-details">
          Edit details
        </button>
      </div>
    </header>
  );
}
