import { describe, expect, it } from 'vitest';
import { defaultLibraryPath } from '../../../electron/services/library/default-path.ts';

describe('the default library path', () => {
  it('is library.sqlite in the folder Electron uses for the app’s user data', () => {
    expect(defaultLibraryPath('linux', {}, '/home/aziz')).toBe('/home/aziz/.config/Statement Studio/library.sqlite');
    expect(defaultLibraryPath('linux', { XDG_CONFIG_HOME: '/data/config' }, '/home/aziz')).toBe('/data/config/Statement Studio/library.sqlite');
    expect(defaultLibraryPath('linux', { XDG_CONFIG_HOME: 'relative/ignored' }, '/home/aziz')).toBe('/home/aziz/.config/Statement Studio/library.sqlite');
    expect(defaultLibraryPath('darwin', {}, '/Users/aziz')).toBe('/Users/aziz/Library/Application Support/Statement Studio/library.sqlite');
    // path.join uses the separator of the platform the test runs on; the folders are what matter.
    expect(defaultLibraryPath('win32', { APPDATA: 'C:/Users/aziz/AppData/Roaming' }, 'C:/Users/aziz').replace(/\\/g, '/')).toBe('C:/Users/aziz/AppData/Roaming/Statement Studio/library.sqlite');
  });
});
