/**
 * The agreement area: `agreement.*` — how far raters agree on the claims they rated, as QDA
 * tools report intercoder agreement (Krippendorff's alpha, percent agreement).
 */
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';
import { agreementReport } from './report.js';

/** Handlers of the agreement area. */
export function agreementArea(ctx: ServerContext): AreaHandlers<'agreement'> {
  return {
    'agreement.get': async () => agreementReport(ctx.workspace.need().data),
  };
}
