import { closeSync, copyFileSync, fsyncSync, openSync } from 'node:fs';

/** Copies a file and flushes the copy to disk, so a rename that follows never exposes a half-written library. */
export function copyDurably(source: string, target: string): void {
  copyFileSync(source, target);
  const fd = openSync(target, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
