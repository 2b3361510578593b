import type { SignatorySettings } from '../../../core/signatories/settings.ts';
import type { Signatory } from '../../../core/signatories/signatory.ts';
import type { StatementLanguage } from '../../../core/statement/language.ts';
import type { HistoryLabels } from '../../app/undo-history.ts';

/** The add and edit dialogs of one kind of signer. */
export type SignerDialogProps<T extends Signatory> = {
  /** The signer to edit, or null to add one. */
  initial: T | null;
  /** The list, to warn of a signer who is on it already. */
  list: readonly Signatory[];
  newId: () => string;
  onSave: (signatory: T) => void;
  onCancel: () => void;
};

/** What the Signatories panel reads and changes of the open statement (held by the window's document session). */
export type SignatoriesSession = {
  list: readonly Signatory[];
  settings: SignatorySettings;
  language: StatementLanguage;
  /** A new list as one undoable step, named for the Undo button ("Import 12 signers"). */
  setList: (next: Signatory[], label: string) => void;
  /** Order, style and capitals, stored in the statement's meta. */
  setSettings: (next: SignatorySettings) => void;
  /** Undo or redo a change to the list; returns the step's name, or null when there is none. */
  travel: (direction: 'undo' | 'redo') => string | null;
  history: HistoryLabels;
};
