// Runs a function the way Next runs a Server Action: inside a request whose headers and
// cookies next/headers can read, here with a real next-auth session cookie for a user.
// Next's request stores are internal, so this stays small and is used only by the logging tests.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { RequestCookies } from 'next/dist/compiled/@edge-runtime/cookies';
import { encode } from 'next-auth/jwt';

// Next's server sets this global before it loads its stores; so does this helper.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
const require = createRequire(import.meta.url);
type Storage = { run: <T>(store: unknown, fn: () => T) => T };
const { workAsyncStorage } = require('next/dist/server/app-render/work-async-storage.external') as { workAsyncStorage: Storage };
const { workUnitAsyncStorage } = require('next/dist/server/app-render/work-unit-async-storage.external') as { workUnitAsyncStorage: Storage };

export async function sessionCookie(user: { id: string; sessionVersion: number }, secret: string): Promise<string> {
  const token = await encode({ token: { uid: user.id, sv: user.sessionVersion, sub: user.id }, secret });
  return `tandem.session=${token}`;
}

export function inRequest<T>(headerInit: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const headers = new Headers(headerInit);
  const cookies = new RequestCookies(headers);
  const workStore = { route: '/admin', forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const requestStore = { type: 'request', phase: 'render', headers, cookies, userspaceMutableCookies: cookies, mutableCookies: cookies, implicitTags: { tags: [] } };
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn));
}
