import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResources } from '../../../electron/main/app-resources.ts';

describe('app resources', () => {
  it('are in the resources folder beside app.asar when packaged', () => {
    const resourcesPath = join('/opt', 'Statement Studio', 'resources');
    expect(appResources({ isPackaged: true, resourcesPath, appPath: join(resourcesPath, 'app.asar') })).toEqual({
      templatesDir: join(resourcesPath, 'templates'),
      fontsDir: join(resourcesPath, 'fonts'),
    });
  });
  it('are the repository’s folders in development, fonts coming from the font package', () => {
    const project = join('/home', 'aida', 'statement-studio');
    // In development Electron's own resources folder holds nothing of ours.
    expect(appResources({ isPackaged: false, resourcesPath: '/usr/lib/electron/resources', appPath: project })).toEqual({
      templatesDir: join(project, 'templates'),
      fontsDir: undefined,
    });
  });
});
