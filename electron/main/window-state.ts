import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../services/documents/atomic-write.ts';

export type WindowBounds = { x: number; y: number; width: number; height: number; maximized?: boolean };
type Rect = { x: number; y: number; width: number; height: number };

const FILE = 'window-state.json';

/** Saved bounds, or null when there are none or the file is unreadable (never fatal). */
export async function loadWindowBounds(userDataDir: string): Promise<WindowBounds | null> {
  try {
    const data = JSON.parse(await readFile(join(userDataDir, FILE), 'utf8')) as Partial<WindowBounds>;
    const numbers = [data.x, data.y, data.width, data.height];
    if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
    return { x: data.x!, y: data.y!, width: data.width!, height: data.height!, maximized: data.maximized === true };
  } catch {
    return null;
  }
}

export async function saveWindowBounds(userDataDir: string, bounds: WindowBounds): Promise<void> {
  await writeFileAtomic(join(userDataDir, FILE), JSON.stringify(bounds));
}

/**
 * Keeps a window remembered on a monitor that is no longer attached from opening off
 * screen: bounds are kept only if their title bar area lies on one of today's displays.
 */
export function fitToDisplays(bounds: WindowBounds | null, workAreas: Rect[]): WindowBounds | null {
  if (!bounds) return null;
  const visible = workAreas.some(
    (a) => bounds.x + 100 > a.x && bounds.x < a.x + a.width - 100 && bounds.y >= a.y && bounds.y < a.y + a.height - 50,
  );
  if (!visible) return null;
  const area = workAreas.find((a) => bounds.x >= a.x && bounds.x < a.x + a.width) ?? workAreas[0]!;
  return { ...bounds, width: Math.min(bounds.width, area.width), height: Math.min(bounds.height, area.height) };
}
