import { describe, expect, it } from 'vitest';
import { emptyHistory, historyLabels, MAX_UNDO_STEPS, recordChange, redoChange, undoChange } from '../../../renderer/app/undo-history.ts';

describe('the signatory list’s undo history', () => {
  it('undoes and redoes whole steps, newest first, with their names', () => {
    let history = recordChange(emptyHistory<string[]>(), [], 'Add NHC');
    history = recordChange(history, ['nhc'], 'Import from signons.csv');
    let current = ['nhc', 'a', 'b', 'c'];
    expect(historyLabels(history)).toEqual({ undo: 'Import from signons.csv', redo: null });

    const undone = undoChange(history, current)!;
    expect(undone.value).toEqual(['nhc']);
    expect(undone.label).toBe('Import from signons.csv');
    expect(historyLabels(undone.history)).toEqual({ undo: 'Add NHC', redo: 'Import from signons.csv' });
    current = undone.value;

    const redone = redoChange(undone.history, current)!;
    expect(redone.value).toEqual(['nhc', 'a', 'b', 'c']);
    expect(historyLabels(redone.history)).toEqual({ undo: 'Import from signons.csv', redo: null });
  });

  it('forgets what was undone once a new change is made', () => {
    const history = recordChange(recordChange(emptyHistory<number>(), 0, 'one'), 1, 'two');
    const undone = undoChange(history, 2)!;
    const changed = recordChange(undone.history, undone.value, 'three');
    expect(historyLabels(changed)).toEqual({ undo: 'three', redo: null });
    expect(redoChange(changed, 5)).toBeNull();
  });

  it('has nothing to undo or redo at first, and keeps at most the newest steps', () => {
    expect(undoChange(emptyHistory(), 1)).toBeNull();
    expect(redoChange(emptyHistory(), 1)).toBeNull();
    let history = emptyHistory<number>();
    for (let i = 0; i < MAX_UNDO_STEPS + 5; i++) history = recordChange(history, i, `step ${i}`);
    expect(history.past).toHaveLength(MAX_UNDO_STEPS);
    expect(history.past[0]).toEqual({ value: 5, label: 'step 5' });
  });
});
