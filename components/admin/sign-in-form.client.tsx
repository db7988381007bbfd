'use client';
// Email and password sign-in through next-auth, every label and refusal in both languages
// (there is no session, so no interface language), the browser's first.
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import type { Locale } from '@/i18n/locales';

export type SignInTexts = Record<'title' | 'email' | 'password' | 'submit' | 'submitting' | 'invalid' | 'throttled' | 'failed', string>;
type Key = keyof SignInTexts;

export function SignInForm({ next, order, texts }: { next: string; order: [Locale, Locale]; texts: Record<Locale, SignInTexts> }) {
  const [error, setError] = useState<Key | null>(null);
  const [pending, setPending] = useState(false);
  const [first, second] = order;
  // "電郵 Email": the first language as the page's, the second marked with its own lang.
  const both = (key: Key) => (
    <>
      {texts[first][key]}{' '}
      <span lang={second} className="sign-in-other">
        {texts[second][key]}
      </span>
    </>
  );

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
      setError(result?.error === 'throttled' ? 'throttled' : result?.error === 'invalid' || result?.error === 'CredentialsSignin' ? 'invalid' : 'failed');
    } catch {
      setError('failed');
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <label>
        {both('email')}
        <input name="email" type="email" autoComplete="username" required maxLength={200} />
      </label>
      <label>
        {both('password')}
        <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </label>
      {error && (
        <p role="alert" className="error">
          {both(error)}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {both(pending ? 'submitting' : 'submit')}
      </button>
    </form>
  );
}
