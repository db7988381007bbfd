// One labelled field of the figure forms, with its localised error under it; the typed text
// stays in the (uncontrolled) input whatever the answer.
import type { ReactNode } from 'react';

interface Props {
  name: string;
  label: string;
  errors: Record<string, string>;
  hint?: string;
  lang?: string;
  /** A control other than a text input (a select), given its id and description ids. */
  control?: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid': boolean }) => ReactNode;
  input?: React.InputHTMLAttributes<HTMLInputElement>;
}

/** The label names the field alone; hint and error describe it (aria-describedby). */
export function FigureField({ name, label, errors, hint, lang, control, input }: Props) {
  const id = `figure-${name.replace(/\W/g, '-')}`;
  const error = errors[name];
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const a11y = { id, 'aria-describedby': described, 'aria-invalid': !!error };
  return (
    <div lang={lang} style={{ display: 'grid', gap: '0.2rem' }}>
      <label htmlFor={id}>{label}</label>
      {control ? control(a11y) : <input name={name} {...a11y} {...input} />}
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" data-field-error={name}>
          {error}
        </span>
      )}
    </div>
  );
}

/** Form fields named "label.en" etc. as the nested object the figure schemas read. */
export function figureFormValues(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    const [head, locale] = name.split('.') as [string, string | undefined];
    if (locale) out[head] = { ...(out[head] as Record<string, string> | undefined), [locale]: value };
    else out[head] = value;
  }
  return out;
}
