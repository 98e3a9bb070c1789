/**
 * The agreement report of a project: its claims × raters as reliability data on the ordinal
 * rating scale (shared/rating-scale.ts levels; `unrated` is missing data), Krippendorff's alpha
 * at three levels of measurement, and percent agreement. Used by the app and the CLI.
 */
import type { AgreementReport } from '../../../shared/api.js';
import { krippendorffAlpha, percentAgreement } from '../../../shared/agreement/krippendorff.js';
import type { ProjectFile } from '../../../shared/model.js';
import { ratingLevel } from '../../../shared/rating-scale.js';
import { ratingsByClaim } from '../../../shared/annotations/verdict.js';

/** Computes the agreement report of `project`. */
export function agreementReport(project: Pick<ProjectFile, 'claims' | 'ratings'>): AgreementReport {
  const judged = project.ratings.filter((r) => ratingLevel(r.rating) !== null);
  const raters = [...new Set(judged.map((r) => r.rater))].sort((a, b) => a.localeCompare(b));
  const column = new Map(raters.map((r, i) => [r, i]));
  const byClaim = ratingsByClaim(judged);
  const perClaim: AgreementReport['perClaim'] = [];
  const data: (number | null)[][] = [];
  for (const claim of project.claims) {
    const ratings = (byClaim.get(claim.id) ?? []).sort((a, b) => a.rater.localeCompare(b.rater));
    if (ratings.length === 0) continue;
    perClaim.push({ id: claim.id, text: claim.text, ratings: ratings.map((r) => ({ rater: r.rater, rating: r.rating })), agree: ratings.every((r) => r.rating === ratings[0]!.rating) });
    const row: (number | null)[] = raters.map(() => null);
    for (const r of ratings) row[column.get(r.rater)!] = ratingLevel(r.rating);
    data.push(row);
  }
  const pairable = data.filter((row) => row.filter((v) => v !== null).length >= 2);
  return {
    raters,
    claims: pairable.length,
    ratings: pairable.reduce((n, row) => n + row.filter((v) => v !== null).length, 0),
    alpha: {
      nominal: krippendorffAlpha(data, 'nominal').alpha,
      ordinal: krippendorffAlpha(data, 'ordinal').alpha,
      interval: krippendorffAlpha(data, 'interval').alpha,
    },
    percentAgreement: percentAgreement(data).agreement,
    perClaim,
  };
}
