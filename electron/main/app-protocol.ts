import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/**
 * The renderer is served from app://statement-studio/, not file://, so that it has a real
 * origin for the CSP and the IPC sender check, and cannot read arbitrary files by URL.
 * This module is plain Node: the Electron protocol handler and the Chromium tests both
 * answer requests with resolveAppRequest, so the tests see the headers the app sends.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'statement-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** No inline script, no eval, no remote origin, nothing framed, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** Answers one request for the renderer's files from rootDir; never leaves that folder. */
export async function resolveAppRequest(rootDir: string, requestUrl: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return new Response('Bad request', { status: 400, headers: SECURITY_HEADERS });
  }
  if (url.host !== APP_HOST) {
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  }
  const pathname = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const root = normalize(rootDir + sep);
  const file = normalize(join(root, pathname));
  if (!file.startsWith(root) || pathname.includes('\0')) {
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  }
  try {
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
  } catch {
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  }
}
