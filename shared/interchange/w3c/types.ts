/**
 * The W3C Web Annotation JSON-LD shapes this export writes (https://www.w3.org/TR/annotation-model/),
 * as far as we use them. Reading is looser: see schema.ts.
 */

/** §3.3.5 motivations we write. */
export type Motivation = 'highlighting' | 'commenting' | 'linking' | 'assessing';

/** §3.3.5 purposes we give to bodies. */
export type Purpose = 'commenting' | 'tagging' | 'classifying' | 'linking';

/** §3.2.4 an embedded Textual Body. An `id` is allowed (§3.2.4: "MAY have exactly 1 IRI"). */
export interface TextualBody {
  id?: string;
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: Purpose;
}

/** §4.2.4 Text Quote Selector. */
export interface TextQuoteSelectorOut {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** §4.2.5 Text Position Selector: offsets in Unicode code points. */
export interface TextPositionSelectorOut {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** §4 Specific Resource: our article text (`source`), the page it came from (`scope`, §4.6). */
export interface SpecificResourceOut {
  type: 'SpecificResource';
  source: string;
  scope?: string;
  /** §4.4 a class of the annotation's stylesheet: the highlight colour. */
  styleClass?: string;
  selector: (TextQuoteSelectorOut | TextPositionSelectorOut)[];
}

/** §3.3.2 an agent. */
export interface AgentOut {
  type: 'Person' | 'Software';
  name: string;
}

/** §3.1 an annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  body?: TextualBody[];
  target: SpecificResourceOut;
  /** §4.4 an embedded CSS stylesheet for the target's styleClass. */
  stylesheet?: { type: 'CssStylesheet'; value: string };
  creator?: AgentOut;
  created: string;
  modified: string;
}

/** §5.2 an embedded page of annotations. */
export interface AnnotationPageOut {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

/** §5.1 the collection written by `toWebAnnotations`. */
export interface AnnotationCollectionOut {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generator: AgentOut;
  generated: string;
  total: number;
  /** Absent when there is nothing to export (§5.1: `first` is required only when total > 0). */
  first?: AnnotationPageOut;
}
