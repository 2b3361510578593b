import type { UiLocale } from './ui-locale.ts';

/**
 * Catalogs of interface text. Each area keeps its own (a messages.ts beside its
 * components, menu-messages.ts beside the menus): typed objects rather than string keys, so
 * a missing Russian text or a message called with the wrong values is a type error, not a
 * blank label at run time. A message is a string or a function of its values (counts,
 * names), because Russian word forms depend on the number (plural.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a message may take any values; each catalog's own type keeps them exact
type Message = string | ((...values: any[]) => string);
export type MessageSet = Record<string, Message>;
export type Catalog<M extends MessageSet> = Readonly<Record<UiLocale, M>>;

/** The English set defines the messages; the Russian set must give every one, with the same values. */
export function defineMessages<M extends MessageSet>(catalog: { en: M; ru: { [K in keyof M]: M[K] } }): Catalog<M> {
  return Object.freeze(catalog);
}
