import { describe, expect, it } from 'vitest';
import { displayName, fileNameFromTitle, suggestedFileName, withStatementExtension } from '../../../electron/services/documents/file-names.ts';
import { describeFsError } from '../../../electron/services/documents/fs-errors.ts';
import { fsError } from './helpers.ts';

describe('file names', () => {
  it('turns a title into a name every file system accepts', () => {
    expect(fileNameFromTitle('Joint statement: Kyrgyzstan / "Kloop" 2025?')).toBe('Joint statement Kyrgyzstan Kloop 2025');
    expect(fileNameFromTitle('  Заявление о закрытии Kloop  ')).toBe('Заявление о закрытии Kloop');
    expect(fileNameFromTitle('..hidden.')).toBe('hidden');
    expect(fileNameFromTitle('a\u202Egnp.exe')).toBe('a gnp.exe');
    expect(fileNameFromTitle('line\nbreak\ttab')).toBe('line break tab');
    expect(fileNameFromTitle('CON')).toBe('CON_');
    expect(fileNameFromTitle('lpt1.draft')).toBe('lpt1.draft_');
    expect(fileNameFromTitle('?*<>|')).toBeNull();
    expect(fileNameFromTitle('')).toBeNull();
  });

  it('keeps long titles short without splitting a character', () => {
    const name = fileNameFromTitle('😀'.repeat(200))!;
    expect(Array.from(name)).toHaveLength(120);
    expect(name).toBe('😀'.repeat(120));
  });

  it('suggests the title, else the current name, else Untitled', () => {
    expect(suggestedFileName('Open letter', 'old.statement')).toBe('Open letter.statement');
    expect(suggestedFileName('', 'old.statement')).toBe('old.statement');
    expect(suggestedFileName('   ', null)).toBe('Untitled.statement');
    expect(suggestedFileName('', 'Untitled')).toBe('Untitled.statement');
  });

  it('appends the extension only when missing', () => {
    expect(withStatementExtension('/a/b')).toBe('/a/b.statement');
    expect(withStatementExtension('/a/b.txt')).toBe('/a/b.txt.statement');
    expect(withStatementExtension('/a/b.statement')).toBe('/a/b.statement');
    expect(withStatementExtension('/a/B.STATEMENT')).toBe('/a/B.STATEMENT');
  });

  it('names documents by their file', () => {
    expect(displayName(null)).toBe('Untitled');
    expect(displayName('/home/w/Letter.statement')).toBe('Letter.statement');
  });
});

describe('describeFsError', () => {
  it('explains common OS errors and keeps the code', () => {
    expect(describeFsError(fsError('ENOSPC'))).toBe('the disk is full (ENOSPC)');
    expect(describeFsError(fsError('EACCES'))).toBe('permission denied (EACCES)');
    expect(describeFsError(fsError('EROFS'))).toBe('the disk is read-only (EROFS)');
  });
  it("falls back to Node's description for other codes, and to the message without one", () => {
    const odd = Object.assign(new Error("ESTRANGE: something odd happened, open '/x'"), { code: 'ESTRANGE' });
    expect(describeFsError(odd)).toBe('something odd happened (ESTRANGE)');
    expect(describeFsError(new Error('Dialog crashed.'))).toBe('Dialog crashed');
    expect(describeFsError('plain')).toBe('plain');
  });
});
