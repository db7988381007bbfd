// Admin pages check the session themselves (proxy.ts is never the guard): no session goes
// to the sign-in page, a missing permission gets a 403 page.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { SessionUser } from '@/lib/users/queries';
import { can, type Permission } from '@/lib/users/roles';
import { currentUser } from './session';

export type PageAccess = { user: SessionUser; allowed: true } | { user: SessionUser; allowed: false };

export async function requirePageUser(permission?: Permission): Promise<PageAccess> {
  const user = await currentUser();
  if (!user) {
    const path = (await headers()).get('x-tandem-path') ?? '/admin';
    redirect(`/admin/sign-in?next=${encodeURIComponent(path)}`);
  }
  return { user, allowed: !permission || can(user.role, permission) };
}
