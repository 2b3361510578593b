import { isUiLocale, type UiLocale } from '../../core/i18n/ui-locale.ts';

/**
 * The interface language the window shows now. One value for the whole window, outside
 * React, so that code run from commands (editor plugins, prompts) reads the same language
 * as the components; components subscribe through useMessages.
 */
let current: UiLocale = 'en';
const listeners = new Set<() => void>();

export function currentUiLocale(): UiLocale {
  return current;
}

export function setUiLocale(locale: UiLocale): void {
  if (!isUiLocale(locale) || locale === current) return;
  current = locale;
  // Screen readers and the browser's hyphenation read the interface's language from here.
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

export function subscribeUiLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
