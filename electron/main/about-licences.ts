import type { AboutPanelOptionsOptions } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The fields of a package.json that the licence list reads. */
export type PackageFacts = {
  name?: unknown;
  version?: unknown;
  license?: unknown;
  dependencies?: unknown;
};

export type AppFacts = { name: string; version: string; electronVersion: string; copyright: string };

/** A package's licence as SPDX text; old packages give `{ type }` or a `licenses` array. */
function licenceOf(pkg: PackageFacts & { licenses?: unknown }): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (typeof pkg.license === 'object' && pkg.license !== null && typeof (pkg.license as { type?: unknown }).type === 'string') return (pkg.license as { type: string }).type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((entry: { type?: unknown }) => String(entry?.type)).join(' OR ');
  return 'licence not stated';
}

/** A font package's family: @expo-google-fonts/noto-serif → Noto Serif. */
function fontFamily(packageName: string): string {
  const base = packageName.split('/').at(-1)!;
  return base
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The licences of what ships inside the app, from the app's package.json dependencies and
 * each dependency's own package.json (read through `readPackage`; null when it is not
 * installed). Fonts are the OFL packages, named by family; the list follows package.json's
 * order, so it changes only when a dependency does.
 */
export async function licencesText(app: PackageFacts, readPackage: (name: string) => Promise<PackageFacts | null>, electronVersion: string): Promise<string> {
  const names = typeof app.dependencies === 'object' && app.dependencies !== null ? Object.keys(app.dependencies) : [];
  const fonts: string[] = [];
  const libraries: string[] = [];
  for (const name of names) {
    const pkg = await readPackage(name);
    const licence = pkg === null ? 'not installed' : licenceOf(pkg);
    const version = typeof pkg?.version === 'string' ? ` ${pkg.version}` : '';
    if (/\bOFL\b/.test(licence)) fonts.push(`${fontFamily(name)} (${name}${version}): SIL Open Font License 1.1`);
    else libraries.push(`${name}${version}: ${licence}`);
  }
  return [
    `${String(app.name ?? 'This app')} ${String(app.version ?? '')}: ${licenceOf(app)}`,
    '',
    'Fonts',
    ...(fonts.length > 0 ? fonts : ['none bundled']),
    '',
    'Libraries',
    ...libraries,
    `electron ${electronVersion}: MIT, with Chromium and Node.js under their own licences`,
  ].join('\n');
}

/**
 * The About panel. macOS and Windows show `credits`; GTK's about dialog on Linux has no
 * such field, so there the licences follow the copyright line.
 */
export function aboutPanelOptions(platform: NodeJS.Platform, app: AppFacts, licences: string): AboutPanelOptionsOptions {
  const common: AboutPanelOptionsOptions = { applicationName: app.name, applicationVersion: app.version, version: `Electron ${app.electronVersion}` };
  if (platform === 'linux') return { ...common, copyright: `${app.copyright}\n\n${licences}` };
  return { ...common, copyright: app.copyright, credits: licences };
}

/** A package.json's facts, or null when it is missing or unreadable. */
export async function readPackageFacts(path: string): Promise<PackageFacts | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as PackageFacts) : null;
  } catch {
    return null;
  }
}

/**
 * The licences text of the app at appPath (the project folder in development, app.asar when
 * packaged, whose node_modules holds exactly the production dependencies).
 */
export async function appLicences(appPath: string, electronVersion: string): Promise<string> {
  const app = (await readPackageFacts(join(appPath, 'package.json'))) ?? {};
  return licencesText(app, (name) => readPackageFacts(join(appPath, 'node_modules', name, 'package.json')), electronVersion);
}
