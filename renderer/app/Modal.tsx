import { useId, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A modal with its own focus: the first field, not the primary button (see app/Dialog.tsx).
 * Rendered into the body, not inside the side panel that opens it (whose styles would apply).
 */
export function Modal({ title, onCancel, children, className }: { title: string; onCancel: () => void; children: ReactNode; className?: string }) {
  const titleId = useId();
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
      <section className={`dialog ${className ?? ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </section>
    </div>,
    document.body,
  );
}

