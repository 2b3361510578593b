import { useEffect, useRef, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';

/** The id of a listbox's option, for aria-activedescendant. */
export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

type Props = {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** The listbox it drives, and how many options it shows. */
  listId: string;
  count: number;
  active: number;
  setActive: Dispatch<SetStateAction<number>>;
  /** Enter: take the active option. */
  onEnter: () => void;
};

/**
 * A search box that drives a result list below it, as in a dialog that finds one record:
 * it has the focus from the start, the arrow keys move through the results, Enter takes
 * the highlighted one.
 */
export function SearchCombobox({ label, placeholder, value, onChange, listId, count, active, setActive, onEnter }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    }
  };
  return (
    <input
      ref={inputRef}
      type="search"
      className="library-search"
      placeholder={placeholder}
      aria-label={label}
      role="combobox"
      aria-expanded="true"
      aria-controls={listId}
      aria-activedescendant={count > 0 ? optionId(listId, active) : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
