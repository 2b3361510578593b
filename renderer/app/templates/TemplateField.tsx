import type { ReactNode } from 'react';

/** One labelled field of a template dialog: the label names the control with `id`. */
export function TemplateField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="template-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
