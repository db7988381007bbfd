// Reading users. Password hashes never leave this module except to the sign-in check.
import 'server-only';
import { db } from '@/lib/db';
import { isRole, type Role } from './roles';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  uiLocale: 'zh-HK' | 'en';
  sessionVersion: number;
}

const publicSelect = { id: true, email: true, name: true, role: true, uiLocale: true, sessionVersion: true, disabled: true } as const;

function toSessionUser(row: { id: string; email: string; name: string; role: string; uiLocale: string; sessionVersion: number }): SessionUser | null {
  if (!isRole(row.role)) return null;
  return { ...row, role: row.role, uiLocale: row.uiLocale === 'en' ? 'en' : 'zh-HK' };
}

/** The user a session belongs to, only while enabled and on the same session version. */
export async function activeUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { id }, select: publicSelect });
  if (!row || row.disabled || row.sessionVersion !== sessionVersion) return null;
  return toSessionUser(row);
}

/** For the sign-in check only. */
export async function userForSignIn(email: string) {
  const row = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { ...publicSelect, passwordHash: true } });
  if (!row) return null;
  const user = toSessionUser(row);
  return user ? { ...user, disabled: row.disabled, passwordHash: row.passwordHash } : null;
}

export async function listUsers() {
  const rows = await db.user.findMany({ orderBy: { createdAt: 'asc' }, select: { ...publicSelect, lastLoginAt: true, createdAt: true } });
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, disabled: r.disabled, lastLoginAt: r.lastLoginAt, uiLocale: r.uiLocale }));
}

export async function countUsers(): Promise<number> {
  return db.user.count();
}
