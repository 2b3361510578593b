import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveAppRequest } from '../../../electron/main/app-protocol.ts';
import { denyAllPermissions, guardContents, type GuardedContents } from '../../../electron/main/security.ts';
import { mainWindowOptions } from '../../../electron/main/window-options.ts';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('window options', () => {
  it('follow the Electron security checklist', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', null).webPreferences!;
    expect(prefs).toMatchObject({
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
    });
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
  it('use remembered bounds', () => {
    expect(mainWindowOptions('p', { x: 10, y: 20, width: 900, height: 700 })).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });
});

describe('web contents guard', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const contents: GuardedContents = {
      on: ((event: string, listener: (e: { preventDefault(): void }, url: string) => void) => listeners.set(event, listener)) as GuardedContents['on'],
      setWindowOpenHandler: (h) => void (openHandler = h),
    };
    const fire = (event: string, url = '') => {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => void (prevented = true) }, url);
      return prevented;
    };
    return { contents, fire, open: (url: string) => openHandler!({ url }) };
  }

  it('blocks every navigation and new window, handing only safe links to the OS', () => {
    const opened: string[] = [];
    const { contents, fire, open } = fakeContents();
    guardContents(contents, (u) => opened.push(u));
    expect(fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://example.org/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('https://www.hrw.org/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/', 'https://www.hrw.org/']);
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({ setPermissionRequestHandler: (h) => void (request = h), setPermissionCheckHandler: (h) => void (check = h) });
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) request!(null, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(check!()).toBe(false);
  });
});

describe('app protocol', () => {
  it('serves the renderer with the strict CSP and refuses to leave its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'proto-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    const index = await resolveAppRequest(dir, 'app://statement-studio/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toBe('<!doctype html>');
    for (const url of ['app://statement-studio/../../etc/passwd', 'app://statement-studio/%2e%2e/%2e%2e/etc/passwd', 'app://statement-studio/..%2f..%2fetc%2fpasswd', 'app://other-host/index.html', 'app://statement-studio/missing.js']) {
      expect((await resolveAppRequest(dir, url)).status, url).toBe(404);
    }
  });
  it('allows no inline script, eval or remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
