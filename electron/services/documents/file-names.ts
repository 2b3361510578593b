import { basename, extname } from 'node:path';
import { STATEMENT_EXTENSION } from '../../../core/statement/format.ts';

export const UNTITLED_NAME = 'Untitled';
const EXTENSION = `.${STATEMENT_EXTENSION}`;
const MAX_NAME_CHARACTERS = 120;

// Characters no common file system accepts, control characters, and bidirectional
// overrides (which can make "evil.exe" display as something harmless).
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** The name shown for a document: its file name, or "Untitled" before the first save. */
export function displayName(path: string | null): string {
  return path === null ? UNTITLED_NAME : basename(path);
}

/** Turns a statement title into a file name every OS accepts, or null if nothing usable is left. */
export function fileNameFromTitle(title: string): string | null {
  let name = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // No hidden files (leading dot) and no names Windows silently trims (trailing dot or space).
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  // Cut by code points, not UTF-16 units, so no emoji is split in half.
  name = Array.from(name).slice(0, MAX_NAME_CHARACTERS).join('').replace(/[.\s]+$/, '');
  if (name === '') return null;
  return WINDOWS_RESERVED.test(name) ? `${name}_` : name;
}

/** The name offered in the Save dialog: from the title, else the current name, else "Untitled". */
export function suggestedFileName(title: string, currentName: string | null): string {
  const current = currentName === null ? null : stripStatementExtension(currentName);
  return withStatementExtension(fileNameFromTitle(title) ?? (current || UNTITLED_NAME));
}

export function hasStatementExtension(path: string): boolean {
  return extname(path).toLowerCase() === EXTENSION;
}

/** Appends ".statement" unless the path already ends with it (in any letter case). */
export function withStatementExtension(path: string): string {
  return hasStatementExtension(path) ? path : `${path}${EXTENSION}`;
}

function stripStatementExtension(name: string): string {
  return hasStatementExtension(name) ? name.slice(0, -EXTENSION.length) : name;
}
