import type { ReactNode } from 'react';

/** A titled part of a record's detail view; with `items`, a plain list of them. */
export function DetailSection({ title, heading = title, items, children }: { title: string; heading?: string; items?: ReadonlyArray<{ key: string; content: ReactNode }>; children?: ReactNode }) {
  return (
    <section aria-label={title}>
      <h4>{heading}</h4>
      {items && (
        <ul className="lib-plain-list">
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
