import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A modal with its own focus: the first field, not the primary button (see app/Dialog.tsx).
 * Rendered into the body, not inside the side panel that opens it (whose styles would apply).
 */
export function Modal({ title, onCancel, children, className }: { title: string; onCancel: () => void; children: ReactNode; className?: string }) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  // Keyboard users land in the dialog (Escape and Tab work there), and go back where they
  // were when it closes, unless the dialog's owner put the focus somewhere on purpose.
  useEffect(() => {
    const before = document.activeElement;
    const section = sectionRef.current;
    // The dialog itself when no field took the focus: its content may still be loading.
    if (section && !section.contains(document.activeElement)) section.focus();
    return () => {
      if ((document.activeElement === document.body || document.activeElement === null) && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return createPortal(
    <div
      className="modal-backdrop"
      role="presentation"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <section ref={sectionRef} tabIndex={-1} className={`dialog ${className ?? ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </section>
    </div>,
    document.body,
  );
}

