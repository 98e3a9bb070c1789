import { describe, expect, it } from 'vitest';
import { choiceLabels, COPY_SIDES, DISK_SIDES, heldText, outcomeText, reasonText } from './merge-words.js';

describe('the merge dialog’s words', () => {
  it('say what each choice keeps, for each kind of conflict', () => {
    expect(choiceLabels({ reason: 'both-changed', canKeepBoth: true }, COPY_SIDES)).toEqual({ mine: 'Keep mine', theirs: 'Keep theirs', both: 'Keep both' });
    expect(choiceLabels({ reason: 'both-changed', canKeepBoth: false }, COPY_SIDES).both).toBeNull();
    expect(choiceLabels({ reason: 'deleted-theirs-changed-mine', canKeepBoth: false }, COPY_SIDES)).toMatchObject({ mine: 'Keep mine', theirs: 'Keep theirs: delete it' });
    expect(choiceLabels({ reason: 'deleted-mine-changed-theirs', canKeepBoth: false }, DISK_SIDES)).toMatchObject({
      mine: 'Keep the one open here: leave it deleted',
      theirs: 'Keep the one on disk: restore it',
    });
    expect(reasonText('deleted-theirs-changed-mine', COPY_SIDES)).toBe('You changed it; they deleted it');
    expect(reasonText('both-changed', DISK_SIDES)).toBe('Changed here and on disk');
  });

  it('name the items that follow a decision', () => {
    expect(heldText({ kind: 'highlight', heldItems: 0 })).toBeNull();
    expect(heldText({ kind: 'highlight', heldItems: 1 })).toBe('Their new evidence link uses this passage and follows your choice: it is kept if their version is kept, left out otherwise.');
    expect(heldText({ kind: 'claim', heldItems: 3 })).toMatch(/^Their 3 new items \(evidence links, ratings or sub-claims\) belong to this claim and follow your choice: they are kept/);
  });

  it('confirm what a merge did and what is left to decide', () => {
    const merged = { kind: 'merge' as const, name: 'Port Aldren', file: 'ben.warrant', fromDisk: false, added: 3, changed: 0, deleted: 1, decided: 1, pending: 2 };
    expect(outcomeText(merged)).toBe('Merged ben.warrant: 3 added, 1 deleted, 1 conflict decided; 2 conflicts left to decide');
    expect(outcomeText({ ...merged, fromDisk: true, added: 0, deleted: 0, decided: 0, pending: 0 })).toBe('Merged the changes made on disk');
    expect(outcomeText({ kind: 'decide', decided: 1, pending: 0 })).toBe('Decided 1 conflict');
  });
});
