'use client';
// Email and password sign-in through next-auth, with the reason for a refusal shown in place.
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('Admin.signIn');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(next);
        return;
      }
      setError(result?.error === 'throttled' ? t('throttled') : result?.error === 'invalid' || result?.error === 'CredentialsSignin' ? t('invalid') : t('failed'));
    } catch {
      setError(t('failed'));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="username" required maxLength={200} />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
