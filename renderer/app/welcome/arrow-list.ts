import type { FocusEvent, KeyboardEvent } from 'react';

/**
 * Keyboard moves in a list of buttons, as in a menu: one Tab stop per list (the button last
 * used), Up/Down (and Home/End) to move within it, Enter or Space to press. Roving tabindex
 * on the DOM, so the list's items need not know about each other.
 */
export const arrowList = {
  onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const buttons = buttonsOf(event.currentTarget);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  },
  onFocus(event: FocusEvent<HTMLElement>) {
    rove(event.currentTarget, event.target);
  },
};

/** Leaves one Tab stop in the list: `current`, or its first button. Call after the list changes. */
export function rove(list: HTMLElement, current?: Element | null): void {
  const buttons = buttonsOf(list);
  const stop = buttons.find((b) => b === current) ?? buttons.find((b) => b.tabIndex === 0) ?? buttons[0];
  for (const button of buttons) button.tabIndex = button === stop ? 0 : -1;
}

const buttonsOf = (list: HTMLElement) => [...list.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
