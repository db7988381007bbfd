// One labelled field of the figure forms, with its localised error under it; the typed text
// stays in the (uncontrolled) input whatever the answer.
import type { ReactNode } from 'react';

interface Props {
  name: string;
  label: string;
  errors: Record<string, string>;
  hint?: string;
  lang?: string;
  children?: ReactNode;
  input?: React.InputHTMLAttributes<HTMLInputElement>;
}

export function FigureField({ name, label, errors, hint, lang, children, input }: Props) {
  const id = `figure-${name.replace(/\W/g, '-')}`;
  const error = errors[name];
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <label lang={lang}>
      {label}
      {children ?? <input id={id} name={name} aria-invalid={!!error} aria-describedby={described} {...input} />}
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
    </label>
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
