/**
 * One passage the backend suggested (a claim's suggested evidence, a highlight's parallel
 * passages): the passage with the claim's words marked, its article's title, source and date,
 * and what can be done with it (`children`). Clicking the passage opens the article at it.
 */
import type { ReactNode } from 'react';
import type { PassageSuggestion } from '../../shared/api-suggest.js';
import { formatDate } from '../lib/format.js';
import type { MarkWords } from '../state/use-word-marks.js';
import { MarkedText } from './MarkedText.js';

/** Props of <SuggestedPassage>. */
export interface SuggestedPassageProps {
  passage: PassageSuggestion;
  /** Marks the claim's words in the passage (null: nothing marked). */
  markWords: MarkWords | null;
  onOpen(passage: PassageSuggestion): void;
  /** The passage's actions, under it. */
  children?: ReactNode;
  testId: string;
}

/** A suggested passage. */
export function SuggestedPassage({ passage, markWords, onOpen, children, testId }: SuggestedPassageProps) {
  const meta = [passage.source, passage.date && formatDate(passage.date)].filter(Boolean).join(' · ');
  return (
    <li className="suggestion" data-testid={testId} data-article-id={passage.articleId}>
      <button type="button" className="suggestion__open" onClick={() => onOpen(passage)} title={`Open “${passage.title}” at this passage`} data-testid={`${testId}-open`}>
        <span className="suggestion__quote quote" dir="auto" data-testid={`${testId}-text`}>
          <MarkedText text={passage.text} marks={markWords ? markWords(passage.text) : []} />
        </span>
      </button>
      <p className="suggestion__source">
        <span className="suggestion__title" dir="auto">
          {passage.title}
        </span>
        {meta && <span className="suggestion__meta">{meta}</span>}
      </p>
      {children}
    </li>
  );
}
