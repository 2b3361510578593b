import { safeExternalUrl } from '../../core/links/external-url.ts';

/**
 * The parts of Electron's webContents and session this module uses, so that the rules can
 * be tested with plain objects. Each rule is one line of Electron's security checklist.
 */
type PreventableEvent = { preventDefault(): void };
export type GuardedContents = {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};
export type GuardedSession = {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler?(handler: () => boolean): void;
};

/** No navigation away from the app, no new windows, no webviews; links go to the OS browser. */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    const safe = safeExternalUrl(url);
    if (safe) openExternal(safe);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe) openExternal(safe);
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, location, notifications or anything else. */
export function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}
