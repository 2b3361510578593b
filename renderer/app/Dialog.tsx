import { useEffect, useRef, type ReactNode } from 'react';

export type DialogAction = { label: string; onClick: () => void; primary?: boolean; danger?: boolean };

/** A modal dialog in the app's own window; Escape runs the last (cancelling) action. */
export function Dialog({ title, children, actions, role = 'dialog' }: { title: string; children: ReactNode; actions: DialogAction[]; role?: 'dialog' | 'alertdialog' }) {
  const primaryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => primaryRef.current?.focus(), []);
  const cancel = actions[actions.length - 1];
  return (
    <div className="modal-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && cancel?.onClick()}>
      <section className="dialog" role={role} aria-modal="true" aria-labelledby="dialog-title">
        <h2 id="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-buttons">
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              ref={action.primary ? primaryRef : undefined}
              className={action.primary ? 'primary' : action.danger ? 'danger' : undefined}
              onClick={action.onClick}
            >
              {action.label}
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}
