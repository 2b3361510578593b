import { useSyncExternalStore } from 'react';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { currentUiLocale, subscribeUiLocale } from '../../i18n/ui-locale-store.ts';

/** The interface language, for text made by helpers (dates, counts, vocabulary labels); re-renders on a switch. */
export function useUiLocale(): UiLocale {
  return useSyncExternalStore(subscribeUiLocale, currentUiLocale);
}
