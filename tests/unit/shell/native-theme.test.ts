import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followOsTheme, windowBackground } from '../../../electron/main/native-theme.ts';

describe('dark mode', () => {
  it('follows the OS and repaints the window background when the OS switches', () => {
    const listeners: Array<() => void> = [];
    const theme = { themeSource: 'light' as 'system' | 'light' | 'dark', shouldUseDarkColors: false, on: (_event: 'updated', listener: () => void) => void listeners.push(listener) };
    const backgrounds: string[] = [];
    followOsTheme(theme as never, (color) => void backgrounds.push(color));
    expect(theme.themeSource).toBe('system');
    theme.shouldUseDarkColors = true;
    for (const listener of listeners) listener();
    expect(backgrounds).toEqual([windowBackground(false), windowBackground(true)]);
    expect(windowBackground(true)).not.toBe(windowBackground(false));
  });

  it('paints the window in the colour of the renderer’s page in each palette, so no other colour flashes before the first paint', () => {
    const palette = readFileSync(join(import.meta.dirname, '../../../renderer/app/palette.css'), 'utf8');
    const darkAt = palette.indexOf('@media (prefers-color-scheme: dark)');
    expect(darkAt).toBeGreaterThan(0);
    expect(palette.slice(0, darkAt)).toContain(`--page: ${windowBackground(false)};`);
    expect(palette.slice(darkAt)).toContain(`--page: ${windowBackground(true)};`);
    // The app's background is that page colour.
    expect(readFileSync(join(import.meta.dirname, '../../../renderer/app/app.css'), 'utf8')).toMatch(/--desk: var\(--page\);[\s\S]*background: var\(--desk\)/);
  });
});
