import { useRef, type ReactNode } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { fieldErrorIn } from './field-error-messages.ts';
import { libraryMessages } from './messages.ts';
import { useUiLocale } from './use-ui-locale.ts';

/**
 * A list of like rows in an editor (aliases, events, charges, sources, names): each row in its
 * own fieldset with a Remove button, and an Add button under them. Adding puts the focus in
 * the new row's first field; removing puts it on the next row, or on Add.
 */
export function RowList<T>({
  legend,
  items,
  rowKey,
  rowLabel,
  addLabel,
  emptyText,
  onAdd,
  onRemove,
  renderRow,
  error,
}: {
  legend: string;
  items: ReadonlyArray<T>;
  rowKey: (item: T) => string;
  /** "Event 2": the row's fieldset legend and its Remove button's name. */
  rowLabel: (index: number) => string;
  addLabel: string;
  emptyText: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderRow: (item: T, index: number) => ReactNode;
  error?: string | undefined;
}) {
  const m = useMessages(libraryMessages);
  const locale = useUiLocale();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  const focusRow = (index: number) => {
    // After React has painted the change.
    requestAnimationFrame(() => {
      const rows = listRef.current?.querySelectorAll<HTMLElement>(':scope > fieldset');
      const row = rows?.[index];
      const target = row?.querySelector<HTMLElement>('input, select, textarea') ?? addRef.current;
      target?.focus();
    });
  };

  return (
    <fieldset className="lib-rows">
      <legend>{legend}</legend>
      <div ref={listRef}>
        {items.map((item, index) => (
          <fieldset key={rowKey(item)} className="lib-row">
            <legend className="lib-row-legend">{rowLabel(index)}</legend>
            <div className="lib-row-fields">{renderRow(item, index)}</div>
            <button
              type="button"
              className="lib-row-remove"
              aria-label={m.removeRow(rowLabel(index))}
              title={m.removeRow(rowLabel(index))}
              onClick={() => {
                onRemove(index);
                focusRow(index < items.length - 1 ? index : -1);
              }}
            >
              {m.remove}
            </button>
          </fieldset>
        ))}
      </div>
      {items.length === 0 && <p className="lib-rows-empty muted">{emptyText}</p>}
      {error && <p className="lib-error">{fieldErrorIn(locale, error)}</p>}
      <button
        ref={addRef}
        type="button"
        className="lib-row-add"
        onClick={() => {
          onAdd();
          focusRow(items.length);
        }}
      >
        + {addLabel}
      </button>
    </fieldset>
  );
}
