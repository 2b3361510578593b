import type { NativeTheme } from 'electron';

/**
 * The window's background before and under the page, matching the renderer's --desk colour
 * in each palette (renderer/app/app.css), so a dark desktop never flashes a light window.
 */
export function windowBackground(dark: boolean): string {
  return dark ? '#1e1d1b' : '#f6f4ef';
}

/**
 * Follows the OS's light or dark setting: Chromium then answers the renderer's
 * `prefers-color-scheme`, and the window background is set now and on every change.
 */
export function followOsTheme(theme: Pick<NativeTheme, 'themeSource' | 'shouldUseDarkColors' | 'on'>, setBackground: (color: string) => void): void {
  theme.themeSource = 'system';
  setBackground(windowBackground(theme.shouldUseDarkColors));
  theme.on('updated', () => setBackground(windowBackground(theme.shouldUseDarkColors)));
}
