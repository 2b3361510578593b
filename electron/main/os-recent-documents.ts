import type { RecentDocument } from '../../core/ipc/contract.ts';

/** The OS's own recent list: the Windows jump list, the macOS Dock and File menu, GTK's recent files. */
export type OsRecentList = { addRecentDocument(path: string): void };

/**
 * Keeps the OS's recent list in step with the app's (the documents service's, most recent
 * first). Each time the app's list changes, the files that moved to its front are given to
 * the OS oldest first, so the newest ends on top there too; the first list seen is given
 * whole, as the OS may have lost or never had it. Unchanged lists cost nothing.
 */
export function createOsRecentSync(os: OsRecentList): (recent: readonly RecentDocument[]) => void {
  let previous: readonly string[] | null = null;
  return (recent) => {
    const paths = recent.map((doc) => doc.path);
    if (previous !== null && paths.length === previous.length && paths.every((path, i) => path === previous![i])) return;
    const oldHead = previous?.[0];
    const headAt = oldHead === undefined ? -1 : paths.indexOf(oldHead);
    const moved = headAt === -1 ? paths : paths.slice(0, headAt);
    for (const path of [...moved].reverse()) os.addRecentDocument(path);
    previous = paths;
  };
}
