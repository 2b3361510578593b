import { join } from 'node:path';

/** Where the files shipped beside the code are: built-in templates and the PDF fonts. */
export type AppResources = {
  templatesDir: string;
  /**
   * The folder of the four Noto Serif files (electron-builder.yml's extraResources), or
   * undefined in development, where the PDF export reads them from the font package.
   */
  fontsDir: string | undefined;
};

export type ResourceContext = {
  /** app.isPackaged */
  isPackaged: boolean;
  /** process.resourcesPath: the installed app's resources folder, beside app.asar. */
  resourcesPath: string;
  /** app.getAppPath(): the project folder in development. */
  appPath: string;
};

/**
 * Packaged, extraResources sit outside app.asar in the resources folder, so they can be
 * read by any code (workers, pdfkit) without asar support; in development they are the
 * repository's own folders.
 */
export function appResources(ctx: ResourceContext): AppResources {
  if (ctx.isPackaged) return { templatesDir: join(ctx.resourcesPath, 'templates'), fontsDir: join(ctx.resourcesPath, 'fonts') };
  return { templatesDir: join(ctx.appPath, 'templates'), fontsDir: undefined };
}
