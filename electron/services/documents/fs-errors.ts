import type { UiLocale } from '../../../core/i18n/ui-locale.ts';

/**
 * Turns Node's file-system errors into reasons a writer can read ("the disk is full"),
 * keeping the OS code in brackets so a support request still says exactly what happened.
 */
const REASONS: Readonly<Record<UiLocale, Readonly<Record<string, string>>>> = {
  en: {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted (the file may be read-only or locked)',
    EROFS: 'the disk is read-only',
    ENOENT: 'the file or its folder does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder, not a file',
    EBUSY: 'the file is in use by another program',
    EMFILE: 'too many files are open',
    ENFILE: 'too many files are open',
    ENAMETOOLONG: 'the file name is too long',
    EIO: 'the disk reported a read or write error',
    EXDEV: 'the file cannot be moved between disks',
    ETIMEDOUT: 'the network drive did not answer in time',
  },
  ru: {
    ENOSPC: 'на диске не осталось места',
    EDQUOT: 'исчерпана квота на диске',
    EACCES: 'нет доступа',
    EPERM: 'операция не разрешена (файл может быть только для чтения или заблокирован)',
    EROFS: 'диск доступен только для чтения',
    ENOENT: 'файла или его папки не существует',
    ENOTDIR: 'часть пути — не папка',
    EISDIR: 'это папка, а не файл',
    EBUSY: 'файл занят другой программой',
    EMFILE: 'открыто слишком много файлов',
    ENFILE: 'открыто слишком много файлов',
    ENAMETOOLONG: 'слишком длинное имя файла',
    EIO: 'диск сообщил об ошибке чтения или записи',
    EXDEV: 'файл нельзя перенести на другой диск',
    ETIMEDOUT: 'сетевой диск не ответил вовремя',
  },
};

const unexpected: Readonly<Record<UiLocale, string>> = { en: 'an unexpected error', ru: 'непредвиденная ошибка' };

/** The OS error code ("ENOSPC") carried by a Node error, if any. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** "the disk is full (ENOSPC)"; for codes without a wording, Node's own description. */
export function describeFsError(error: unknown, locale: UiLocale = 'en'): string {
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code) {
    const reason = REASONS[locale][code];
    if (reason) return `${reason} (${code})`;
    // Node's messages look like "EXYZ: description, syscall 'path'": keep the description only.
    const description = /^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1];
    return `${description ?? unexpected[locale]} (${code})`;
  }
  return message.trim() === '' ? unexpected[locale] : message.trim().replace(/\.$/, '');
}
