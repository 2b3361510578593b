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

  it('paints the window in the colour of the renderer’s desk in each palette', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../renderer/app/app.css'), 'utf8');
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(dark).toContain(`--desk: ${windowBackground(true)};`);
  });
});
