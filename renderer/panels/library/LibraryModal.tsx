import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './library.css';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/**
 * A modal over the window for the library's editors and questions. It is rendered into the body
 * (the side column is too narrow), takes the focus to its first field (or to the element marked
 * data-autofocus), keeps Tab inside, closes on Escape, and gives the focus back to whatever had
 * it before. A modal opened from another one handles its own keys first.
 */
export function LibraryModal({
  title,
  onCancel,
  children,
  size = 'normal',
  role = 'dialog',
}: {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  size?: 'normal' | 'wide';
  role?: 'dialog' | 'alertdialog';
}) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const section = sectionRef.current;
    const first = section?.querySelector<HTMLElement>('[data-autofocus]') ?? section?.querySelector<HTMLElement>('input, select, textarea, [contenteditable="true"]') ?? section?.querySelector<HTMLElement>('button');
    first?.focus();
    return () => {
      // Back to the opener, unless what opened it is gone (the view changed) or the focus went on elsewhere.
      if (opener?.isConnected && (document.activeElement === document.body || document.activeElement === null)) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Tab') {
      event.stopPropagation();
      const focusable = [...(sectionRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => el.offsetParent !== null);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return createPortal(
    <div className="modal-backdrop library-modal-backdrop" role="presentation">
      <section ref={sectionRef} className={`dialog library-dialog library-dialog-${size}`} role={role} aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </section>
    </div>,
    document.body,
  );
}
