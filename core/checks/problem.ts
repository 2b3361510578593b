/**
 * One finding of a check, as the preflight and the panels list it. Errors block export
 * until the writer overrides them; warnings do not.
 */
export type CheckProblem = {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** The note concerned (1-based, document order), for a jump to it. */
  footnote?: number;
  /** Where in the editor state ("root.children[3].children[1]"), for a jump to it. */
  path?: string;
};
