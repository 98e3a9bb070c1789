/**
 * The registry of annotation actions that can be undone: one kind per action, with the label
 * the UI shows ("Undo Delete claim"). The backend records the kind; the UI decides by kind
 * (e.g. which undo toast to show), never by matching the label.
 */
import { z } from 'zod';

/** Every undoable annotation action, with its label. */
export const ACTIONS = {
  'highlight.create': 'Highlight',
  'highlight.createLinked': 'Highlight and link',
  'highlight.update': 'Edit highlight',
  'highlight.delete': 'Delete highlight',
  'claim.create': 'New claim',
  'claim.createFromSelection': 'Claim from selection',
  'claim.update': 'Edit claim',
  'claim.rate': 'Rate claim',
  'claim.verdict': 'Record verdict',
  'claim.move': 'Move claim',
  'claim.delete': 'Delete claim',
  'link.create': 'Link evidence',
  'link.update': 'Edit evidence',
  'link.delete': 'Unlink evidence',
  'merge.apply': 'Merge copy',
  'merge.decide': 'Decide conflicts',
  'interchange.import': 'Import annotations',
  'examples.clear': 'Clear examples',
  'origins.split': 'Split origin',
  'origins.join': 'Join origins',
  'origins.rename': 'Rename origin',
  'origins.forget': 'Reset origins',
  'publisher.grade': 'Grade source reliability',
  'suggest.dismiss': 'Dismiss suggestion',
  'suggest.clearDismissed': 'Restore dismissed suggestions',
} as const satisfies Record<string, string>;

export type ActionKind = keyof typeof ACTIONS;
export const ActionKind = z.enum(Object.keys(ACTIONS) as [ActionKind, ...ActionKind[]]);

/** The label shown for an action. */
export function actionLabel(kind: ActionKind): string {
  return ACTIONS[kind];
}
