import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the library lives when nobody says otherwise: library.sqlite in the app's user-data
 * folder, the folder Electron's app.getPath('userData') gives the running app (its appData
 * folder plus the product name), so that the command line and the app use the same file:
 *
 * - Windows: %APPDATA%\Statement Studio\library.sqlite
 * - macOS: ~/Library/Application Support/Statement Studio/library.sqlite
 * - Linux and others: $XDG_CONFIG_HOME/Statement Studio/library.sqlite, or ~/.config/…
 */
export const LIBRARY_FILE_NAME = 'library.sqlite';
export const PRODUCT_NAME = 'Statement Studio';

export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const config = env['XDG_CONFIG_HOME'];
  return join(config && config.startsWith('/') ? config : join(home, '.config'), PRODUCT_NAME);
}

export function defaultLibraryPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  return join(defaultUserDataDir(platform, env, home), LIBRARY_FILE_NAME);
}
