/**
 * electron-builder.yml checked the way electron-builder itself would, without Electron or a
 * network: against its JSON schema, through its own loader and validator, and for the
 * promises this app makes (fuses, the .statement association, files that exist).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fontFilePath } from '../../../electron/services/export/pdf/font-files.ts';
import { pngSize } from '../../../scripts/icons/png-size.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BUILD = join(ROOT, 'build');
const require = createRequire(import.meta.url);
/** ajv as electron-builder resolves it, so the test validates with the version it uses. */
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));

type FileAssociation = { ext: string; name?: string; description?: string; mimeType?: string; role?: string; rank?: string; icon?: string };
type Config = {
  appId: string;
  productName: string;
  asar: boolean;
  asarUnpack?: unknown;
  extraResources: Array<{ from: string; to: string }>;
  electronFuses: Record<string, boolean>;
  mac: { target: string[]; icon: string; category: string; fileAssociations: FileAssociation[] };
  win: { target: string[]; icon: string; fileAssociations: FileAssociation[] };
  nsis: { installerIcon: string; uninstallerIcon: string };
  linux: { target: string[]; icon: string; category: string; fileAssociations: FileAssociation[] };
  fileAssociations?: unknown;
};

const source = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
const config = parse(source) as Config;

type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
function schemaValidator(): Validate {
  const Ajv = builderRequire('ajv') as { default: new (options: object) => { compile(schema: object): Validate } };
  // The options electron-builder's schemaValidator.js uses.
  const ajv = new Ajv.default({ allErrors: true, verbose: true, coerceTypes: true, strict: false });
  return ajv.compile(require('app-builder-lib/scheme.json') as object);
}

type ConfigModule = {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<object>;
  validateConfiguration(config: object, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const builderConfig = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const quietLogger = { isEnabled: false, add: () => undefined };

describe('electron-builder.yml against electron-builder', () => {
  const validate = schemaValidator();

  it('passes electron-builder’s JSON schema', () => {
    const valid = validate(structuredClone(config));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail: a misspelt fuse and a misplaced option are refused', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, mac: { ...config.mac, oneClick: false } })).toBe(false);
  });

  // Loading app-builder-lib's modules takes seconds on a busy machine.
  it('is the file electron-builder loads from the project, and its validator accepts it', { timeout: 30_000 }, async () => {
    const loaded = (await builderConfig.getConfig(ROOT, null, null)) as Config;
    expect(loaded.appId).toBe(config.appId);
    await expect(builderConfig.validateConfiguration(loaded, quietLogger)).resolves.toBeUndefined();
  });

  it('electron-builder’s validator refuses a broken configuration', { timeout: 30_000 }, async () => {
    await expect(builderConfig.validateConfiguration({ ...config, asar: 'yes please', win: { target: 7 } }, quietLogger)).rejects.toThrow(/Invalid configuration object/);
  });
});

describe('what the installers promise', () => {
  it('names the app and builds AppImage and deb, NSIS and dmg', () => {
    expect(config.appId).toBe('org.statementstudio.app');
    expect(config.productName).toBe('Statement Studio');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.productivity');
  });

  it('sets the fuses that keep the packaged binary from running foreign code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs the app in asar with nothing unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
  });

  it('associates .statement files on every platform, once each', () => {
    // Top-level and platform associations add up in electron-builder, so only one kind is used.
    expect(config.fileAssociations).toBeUndefined();
    for (const platform of [config.mac, config.win, config.linux]) {
      expect(platform.fileAssociations).toHaveLength(1);
      expect(platform.fileAssociations[0]!.ext).toBe('statement');
    }
    expect(config.mac.fileAssociations[0]).toMatchObject({ role: 'Editor', rank: 'Owner', icon: 'document.icns' });
    // A Windows ProgID: no spaces, the app's own prefix.
    expect(config.win.fileAssociations[0]).toMatchObject({ name: 'StatementStudio.Statement', icon: 'document.ico' });
    expect(config.win.fileAssociations[0]!.description).toBeTruthy();
    expect(config.linux.fileAssociations[0]!.mimeType).toBe('application/x-statement-studio+json');
  });
});

describe('files the configuration names', () => {
  it('has every icon it names, in the right format', () => {
    const icons = [config.mac.icon, config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon, config.mac.fileAssociations[0]!.icon!, config.win.fileAssociations[0]!.icon!];
    for (const icon of icons) expect(existsSync(join(BUILD, icon)), icon).toBe(true);
    for (const icon of icons.filter((name) => name.endsWith('.icns'))) expect(readFileSync(join(BUILD, icon)).subarray(0, 4).toString('latin1')).toBe('icns');
    for (const icon of icons.filter((name) => name.endsWith('.ico'))) expect([...readFileSync(join(BUILD, icon)).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  it('has Linux icons from 16 to 1024 pixels, each the size its name says', () => {
    const folder = join(BUILD, config.linux.icon);
    const sizes = readdirSync(folder).map((name) => {
      const { width, height } = pngSize(readFileSync(join(folder, name)));
      expect(name).toBe(`${width}x${height}.png`);
      return width;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  });

  it('ships templates and the PDF fonts as resources that exist, under the names the export reads', () => {
    for (const resource of config.extraResources) expect(existsSync(join(ROOT, resource.from)), resource.from).toBe(true);
    expect(config.extraResources).toContainEqual({ from: 'templates', to: 'templates' });
    const fontTargets = config.extraResources.filter((resource) => resource.to.startsWith('fonts/')).map((resource) => resource.to);
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      expect(fontTargets).toContain(`fonts/${basename(fontFilePath(face, '/resources/fonts'))}`);
    }
    expect(fontTargets).toContain('fonts/OFL.txt');
  });
});
