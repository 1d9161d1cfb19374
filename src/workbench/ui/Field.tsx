import { cloneElement, useId, type ReactElement } from 'react';

/** A labelled control; the label names it alone (a wrapping label would add its value). */
export function Field({
  label,
  children,
}: {
  label: string;
  children: ReactElement<{ id?: string }>;
}) {
  const id = useId();
  return (
    <div className="wb-field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
