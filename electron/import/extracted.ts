/** What a format parser finds in one file, before cleaning and normalization. */
export interface Extracted {
  /** The readable text, paragraphs separated by blank lines; normalized later, once. */
  text: string;
  /** Title from the document's metadata or structure; null lets the first line decide. */
  title: string | null;
  author: string | null;
  /** Publisher or site. */
  source: string | null;
  /** A date as written in the document; reduced to YYYY-MM-DD later. */
  date: string | null;
  url: string | null;
  /** Paged documents (PDF): the text of each page, in order, so page numbers survive normalization. */
  pages?: string[];
}

/** An Extracted with only text; the parser fills in what it finds. */
export function extracted(text: string, found: Partial<Omit<Extracted, 'text'>> = {}): Extracted {
  return {
    text,
    title: found.title ?? null,
    author: found.author ?? null,
    source: found.source ?? null,
    date: found.date ?? null,
    url: found.url ?? null,
    ...(found.pages ? { pages: found.pages } : {}),
  };
}
