import { useSyncExternalStore } from 'react';
import type { Catalog, MessageSet } from '../../core/i18n/define-messages.ts';
import { currentUiLocale, subscribeUiLocale } from './ui-locale-store.ts';

export { defineMessages } from '../../core/i18n/define-messages.ts';

/** The catalog's messages in the interface language; the component re-renders when it is switched. */
export function useMessages<M extends MessageSet>(catalog: Catalog<M>): M {
  const locale = useSyncExternalStore(subscribeUiLocale, currentUiLocale);
  return catalog[locale];
}

/** The same outside React: for text made by commands and plugins at the moment they run. */
export function messagesNow<M extends MessageSet>(catalog: Catalog<M>): M {
  return catalog[currentUiLocale()];
}
