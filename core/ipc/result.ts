/**
 * What every IPC call returns. Errors travel as data, never as thrown exceptions,
 * because Electron flattens a thrown Error into a string and loses its code.
 */
export type Ok<T> = { ok: true; value: T };
export type Failure = { ok: false; code: ErrorCode; message: string };
export type Result<T> = Ok<T> | Failure;

export type ErrorCode =
  | 'BAD_SENDER'
  | 'BAD_ARGUMENTS'
  | 'UNKNOWN_CHANNEL'
  /** The window named something it may not touch: a path it was never given. Logged by the router. */
  | 'REFUSED'
  | 'NOT_FOUND'
  | 'NOT_JSON'
  | 'WRONG_FORMAT'
  | 'NEWER_VERSION'
  | 'INVALID_STATEMENT'
  | 'TOO_LARGE'
  | 'CHANGED_ON_DISK'
  | 'CANCELLED'
  | 'IO_ERROR'
  | 'INTERNAL';

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Failure => ({ ok: false, code, message });
