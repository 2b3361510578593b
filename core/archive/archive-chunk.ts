/**
 * A chunk of an archive import on its way from the reader's thread to the library's: its
 * statements (ArchiveEntryToStore) as the UTF-8 bytes of their JSON. Bytes pass through the
 * main process without becoming strings on its heap: the reader transfers them to it, and
 * the copy to the library's thread is one block copied outside the JavaScript heap, where a
 * megabyte of strings would be a thousand objects to copy and then collect.
 */
import type { ArchiveEntryToStore } from './archive-api.ts';

export type ArchiveChunk = Uint8Array;

export function encodeArchiveChunk(entries: ReadonlyArray<ArchiveEntryToStore>): ArchiveChunk {
  return new TextEncoder().encode(JSON.stringify(entries));
}

/** The chunk's content as sent, to be checked by its receiver; null when it is not JSON text. */
export function decodeArchiveChunk(chunk: ArchiveChunk): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(chunk)) as unknown;
  } catch {
    return null;
  }
}
