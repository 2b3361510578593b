/**
 * Ids of notes and references. A prefix keeps two statements on one web page apart; it is
 * reduced to letters, digits, "-" and "_" so that it cannot leave the attribute.
 */
export type Anchors = { note: (noteId: string) => string; reference: (number: number) => string; notesTitle: string };

export function anchors(prefix = ''): Anchors {
  const safe = prefix.replace(/[^A-Za-z0-9_-]/g, '');
  // An id should start with a letter; "2024-" would not.
  const base = safe === '' || /^[A-Za-z]/.test(safe) ? safe : `s${safe}`;
  return {
    note: (noteId) => `${base}${noteId}`,
    reference: (number) => `${base}fnref-${number}`,
    notesTitle: `${base}notes-title`,
  };
}
