/** The origins worker's methods (electron/workers protocol): detection over a corpus. */
import type { DetectedOrigins, OriginArticle } from '../../shared/origins/cluster.js';

/** Progress of detection, as the origins area forwards it (`origins.progress`). */
export interface DetectProgress {
  stage: string;
  done: number;
  total: number;
}

export interface OriginsMethods {
  /** Detects the origin clusters of `articles` (no decisions: those apply on top, on the caller's side). */
  detect: {
    args: { articles: OriginArticle[] };
    result: DetectedOrigins;
    progress: DetectProgress;
  };
}
