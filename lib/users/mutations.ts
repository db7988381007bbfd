// Creating users, resetting passwords and disabling accounts. Each change bumps the
// session version (ending existing sessions) and is written to the audit log.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/write';
import { hashPassword } from './password';
import { ROLES } from './roles';

export const userCreateSchema = z.object({
  email: z
    .email('email')
    .max(200)
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  uiLocale: z.enum(['zh-HK', 'en']).default('zh-HK'),
});
export type UserCreateInput = z.input<typeof userCreateSchema>;

type Actor = { id: string; email: string } | null;

export async function createUser(raw: UserCreateInput, password: string, actor: Actor = null): Promise<{ id: string }> {
  const input = userCreateSchema.parse(raw);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...input, passwordHash }, select: { id: true } });
    await writeAudit(tx, { action: 'user.create', actor, target: { type: 'user', id: input.email }, summary: `${input.email} (${input.role})` });
    return user;
  });
}

export async function setPassword(email: string, password: string, actor: Actor = null): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { email: email.toLowerCase() }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { action: 'user.password', actor, target: { type: 'user', id: email.toLowerCase() } });
  });
}

export async function setDisabled(email: string, disabled: boolean, actor: Actor = null): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { email: email.toLowerCase() }, data: { disabled, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      action: disabled ? 'user.disable' : 'user.update',
      actor,
      target: { type: 'user', id: email.toLowerCase() },
      summary: disabled ? 'disabled' : 'enabled',
    });
  });
}

export async function setRole(email: string, role: (typeof ROLES)[number], actor: Actor = null): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { email: email.toLowerCase() }, data: { role, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { action: 'user.update', actor, target: { type: 'user', id: email.toLowerCase() }, summary: `role → ${role}` });
  });
}

export async function setUiLocale(userId: string, uiLocale: 'zh-HK' | 'en'): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { uiLocale } });
}
