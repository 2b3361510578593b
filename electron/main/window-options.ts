import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state.ts';

/**
 * The main window's options: Electron's security checklist in one place, so a test can
 * read it. The renderer gets no Node, runs sandboxed and isolated from the preload.
 */
export function mainWindowOptions(preloadPath: string, bounds: WindowBounds | null): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 860,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Statement Studio',
    backgroundColor: '#f6f4ef',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
    },
  };
}
