import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { libraryMessages } from './messages.ts';

/**
 * A record opened in the side column: Back (or Escape) to the list, its name, Edit and
 * Delete, then the record. The name takes the focus when it opens, so a screen reader
 * announces it and Tab goes on to the actions.
 */
export function DetailFrame({
  title,
  backLabel,
  onBack,
  onEdit,
  onDelete,
  children,
}: {
  title: string;
  backLabel: string;
  onBack: () => void;
  onEdit?: () => void;
  onDelete?: () => void;
  children: ReactNode;
}) {
  const m = useMessages(libraryMessages);
  const frameRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The column holds other panels above this one: bring the record's top into view.
    frameRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={frameRef}
      className="lib-detail-frame"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" className="lib-link lib-back" onClick={onBack}>
        ← {backLabel}
      </button>
      <h3 ref={headingRef} className="lib-detail-title" tabIndex={-1}>
        {title}
      </h3>
      {(onEdit || onDelete) && (
        <div className="lib-detail-actions">
          {onEdit && (
            <button type="button" onClick={onEdit}>
              {m.edit}
            </button>
          )}
          {onDelete && (
            <button type="button" className="danger" onClick={onDelete}>
              {m.deleteAsk}
            </button>
          )}
        </div>
      )}
      {children}
    </div>
  );
}
