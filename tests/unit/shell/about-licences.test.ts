import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutPanelOptions, appLicences, licencesText, type PackageFacts } from '../../../electron/main/about-licences.ts';

const app: PackageFacts = {
  name: 'statement-studio',
  version: '0.1.0',
  license: 'MIT',
  dependencies: { '@expo-google-fonts/noto-serif': '0.4.2', lexical: '0.52.0', 'old-lib': '1.0.0', 'gone-lib': '2.0.0' },
};
const installed: Record<string, PackageFacts & { licenses?: unknown }> = {
  '@expo-google-fonts/noto-serif': { version: '0.4.2', license: 'MIT AND OFL-1.1' },
  lexical: { version: '0.52.0', license: 'MIT' },
  'old-lib': { version: '1.0.0', license: { type: 'BSD-3-Clause' } },
};

describe('the licences in the About panel', () => {
  it('lists the app, the bundled fonts by family and every dependency with its licence', async () => {
    const text = await licencesText(app, async (name) => installed[name] ?? null, '45.5.0');
    expect(text.split('\n')).toEqual([
      'statement-studio 0.1.0: MIT',
      '',
      'Fonts',
      'Noto Serif (@expo-google-fonts/noto-serif 0.4.2): SIL Open Font License 1.1',
      '',
      'Libraries',
      'lexical 0.52.0: MIT',
      'old-lib 1.0.0: BSD-3-Clause',
      'gone-lib: not installed',
      'electron 45.5.0: MIT, with Chromium and Node.js under their own licences',
    ]);
  });

  it('is read from the real package.json files of an app folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'about-'));
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'statement-studio', version: '0.2.0', license: 'MIT', dependencies: { zod: '4', 'any-ascii': '0.3.3' } }));
    await mkdir(join(dir, 'node_modules', 'zod'), { recursive: true });
    await writeFile(join(dir, 'node_modules', 'zod', 'package.json'), JSON.stringify({ name: 'zod', version: '4.6.7', license: 'MIT' }));
    await mkdir(join(dir, 'node_modules', 'any-ascii'), { recursive: true });
    await writeFile(join(dir, 'node_modules', 'any-ascii', 'package.json'), '{ broken');
    const text = await appLicences(dir, '45.5.0');
    expect(text).toContain('statement-studio 0.2.0: MIT');
    expect(text).toContain('zod 4.6.7: MIT');
    expect(text).toContain('any-ascii: not installed');
  });

  it('covers this app’s own dependencies, the PDF font among them', async () => {
    const text = await appLicences(join(import.meta.dirname, '../../..'), '45.5.0');
    expect(text).toMatch(/^Noto Serif \(@expo-google-fonts\/noto-serif [\d.]+\): SIL Open Font License 1\.1$/m);
    expect(text).toMatch(/^react [\d.]+: MIT$/m);
    expect(text).not.toContain('not installed');
  });

  it('puts the licences in the credits on macOS and Windows, after the copyright on Linux', () => {
    const facts = { name: 'Statement Studio', version: '0.1.0', electronVersion: '45.5.0', copyright: 'Copyright © 2026 Statement Studio contributors' };
    expect(aboutPanelOptions('darwin', facts, 'LICENCES')).toEqual({ applicationName: 'Statement Studio', applicationVersion: '0.1.0', version: 'Electron 45.5.0', copyright: facts.copyright, credits: 'LICENCES' });
    expect(aboutPanelOptions('win32', facts, 'LICENCES').credits).toBe('LICENCES');
    const linux = aboutPanelOptions('linux', facts, 'LICENCES');
    expect(linux.credits).toBeUndefined();
    expect(linux.copyright).toBe(`${facts.copyright}\n\nLICENCES`);
  });
});
