'use client';
// Forms for user management; every change is checked and audited on the server.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { createUserAction, resetPasswordAction, setUserDisabledAction, setUserRoleAction } from '@/app/admin/actions/users';

const ROLES = ['admin', 'editor', 'translator'] as const;

export function UserControls({ email, role, disabled }: { email: string; role: string; disabled: boolean }) {
  const t = useTranslations('Admin.users');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const r = await fn();
      setMessage(r.message ?? null);
      if (r.ok) router.refresh();
    });
  return (
    <div className="toolbar">
      <select aria-label={`${t('role')} ${email}`} defaultValue={role} disabled={pending} onChange={(e) => run(() => setUserRoleAction({ email, role: e.target.value }))}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="button" className={disabled ? 'secondary' : 'danger'} disabled={pending} onClick={() => run(() => setUserDisabledAction({ email, disabled: !disabled }))}>
        {disabled ? t('enable') : t('disable')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() => {
          const password = window.prompt(t('password'));
          if (password) run(() => resetPasswordAction({ email, password }));
        }}
      >
        {t('resetPassword')}
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}

export function NewUserForm() {
  const t = useTranslations('Admin.users');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    start(async () => {
      const r = await createUserAction(data);
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setMessage(r.message ?? null);
      if (r.ok) {
        form.reset();
        router.refresh();
      }
    });
  }
  const err = (name: string) => errors[name] && <span className="field-error">{errors[name]}</span>;
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <label>
        {t('name')}
        <input name="name" required maxLength={100} />
        {err('name')}
      </label>
      <label>
        {t('email')}
        <input name="email" type="email" required maxLength={200} />
        {err('email')}
      </label>
      <label>
        {t('role')}
        <select name="role" defaultValue="editor">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" required minLength={12} maxLength={256} autoComplete="new-password" />
        {err('password')}
      </label>
      {message && <p role="status">{message}</p>}
      <button type="submit" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}
