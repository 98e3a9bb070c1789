/**
 * The origins area: `origins.*` — which articles go back to one original report. Detection runs
 * in the origins worker, cached by corpus content (electron/origins/origins-service.ts); the
 * researcher's split / join / rename decisions are stored in the project (`originDecisions`,
 * by article ids), applied on top of detection, and undoable like annotation actions.
 */
import { randomUUID } from 'node:crypto';
import type { OriginCluster, OriginsReport } from '../../../shared/api-origins.js';
import type { ActionKind } from '../../../shared/annotations/actions.js';
import type { ProjectFile } from '../../../shared/model.js';
import { claimOrigins } from '../../../shared/origins/claims.js';
import { buildClusters } from '../../../shared/origins/cluster.js';
import { effectiveDecisions, type OriginDecision } from '../../../shared/origins/decisions.js';
import { WarrantError } from '../../../shared/result.js';
import type { OriginsService } from '../../origins/origins-service.js';
import { UNKNOWN_AUTHOR } from '../annotations/app.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';

/** The origins report of a project: detection (cached) with its decisions applied. */
export async function originsReport(service: OriginsService, project: ProjectFile): Promise<OriginsReport> {
  // A date taken from the file's properties says when the file was made, not when the report
  // appeared: only dates the document states or the researcher entered bound matched facts.
  const articles = project.articles.map((a) => ({ id: a.id, text: a.text, source: a.source, date: a.dateSource === 'file' ? null : a.date, title: a.title, contentHash: a.contentHash }));
  const { detected, fromCache, ms } = await service.detect(articles);
  const decisions = effectiveDecisions(project.originDecisions ?? []);
  const clusters = buildClusters(detected, decisions);
  return { clusters, articleCount: articles.length, fromCache, ms, decisions: decisions.filter((d) => d.kind !== 'reset').length };
}

/** Handlers of the origins area. */
export function originsArea(ctx: ServerContext): AreaHandlers<'origins'> {
  const { workspace, history } = ctx;
  const service = ctx.origins;
  const report = () => originsReport(service, workspace.need().data);

  /** Records one decision as an undoable action, then answers (and pushes) the new report. */
  const decide = async (kind: ActionKind, decision: Omit<OriginDecision, 'id' | 'author' | 'at'>): Promise<OriginsReport> => {
    const data = workspace.need().data;
    if (workspace.need().summary().readOnly) throw new WarrantError('read-only', 'This project was opened read-only, so its origins cannot be changed. Save a copy (Save As) to work on it.');
    const before = data.originDecisions ?? [];
    const made: OriginDecision = { ...decision, id: randomUUID(), author: ctx.author.get() ?? UNKNOWN_AUTHOR, at: new Date().toISOString() };
    // A reset keeps only itself: earlier decisions no longer apply (and a merge cannot revive them).
    const after = made.kind === 'reset' ? [made] : effectiveDecisions([...before, made]);
    history.record(kind, { originDecisions: before }, { originDecisions: after });
    workspace.update((p) => ({ ...p, originDecisions: after }));
    const next = await report();
    ctx.emit('origins.changed', next);
    // The undo button shows this action: the history travels with the annotations view.
    ctx.emit('annotations.changed', workspace.annotationsView());
    return next;
  };

  const clusterById = (clusters: readonly OriginCluster[], id: string): OriginCluster => {
    const c = clusters.find((x) => x.id === id);
    if (!c) throw new WarrantError('not-found', 'That origin group is no longer in the list (the articles changed since it was shown). Look at the origins again and retry.', { field: 'clusterId' });
    return c;
  };

  return {
    'origins.get': async () => report(),
    'origins.split': async ({ articleIds }) => {
      const known = new Set(workspace.need().data.articles.map((a) => a.id));
      const missing = articleIds.filter((a) => !known.has(a));
      if (missing.length) throw new WarrantError('not-found', `${missing.length === 1 ? 'An article' : `${missing.length} articles`} to split off ${missing.length === 1 ? 'is' : 'are'} no longer in the project.`, { field: 'articleIds' });
      return decide('origins.split', { kind: 'split', articles: [...new Set(articleIds)] });
    },
    'origins.join': async ({ clusterIds }) => {
      const { clusters } = await report();
      const joined = [...new Set(clusterIds)].map((id) => clusterById(clusters, id));
      if (joined.length < 2) throw new WarrantError('bad-args', 'Choose at least two different origin groups to join.', { field: 'clusterIds' });
      return decide('origins.join', { kind: 'join', articles: joined.flatMap((c) => c.articles) });
    },
    'origins.rename': async ({ clusterId, name }) => {
      const { clusters } = await report();
      const c = clusterById(clusters, clusterId);
      return decide('origins.rename', { kind: 'rename', articles: c.articles, name });
    },
    'origins.forget': async () => {
      const current = effectiveDecisions(workspace.need().data.originDecisions ?? []).filter((d) => d.kind !== 'reset');
      if (current.length === 0) return report();
      return decide('origins.forget', { kind: 'reset', articles: [] });
    },
    'origins.claims': async ({ claimIds }) => {
      const data = workspace.need().data;
      const { clusters } = await report();
      return claimOrigins(clusters, data, claimIds);
    },
  };
}
