'use server';
// User management (admins only) and each user's own UI language.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/auth/action';
import { createUser, setDisabled, setPassword, setRole, setUiLocale, userCreateSchema } from '@/lib/users/mutations';
import { passwordSchema } from '@/lib/users/password';
import { ROLES } from '@/lib/users/roles';

export const createUserAction = defineAction({ permission: 'user.manage', name: 'createUser' }, userCreateSchema.extend({ password: passwordSchema }), async (input, user, t) => {
  const { password, ...rest } = input;
  const created = await createUser(rest, password, user);
  revalidatePath('/admin/users');
  return { data: created, message: t('users.created') };
});

const emailSchema = z.object({ email: z.email().max(200) });

export const setUserDisabledAction = defineAction({ permission: 'user.manage', name: 'setUserDisabled' }, emailSchema.extend({ disabled: z.boolean() }), async (input, user, t) => {
  await setDisabled(input.email, input.disabled, user);
  revalidatePath('/admin/users');
  return { data: null, message: t('users.updated') };
});

export const setUserRoleAction = defineAction({ permission: 'user.manage', name: 'setUserRole' }, emailSchema.extend({ role: z.enum(ROLES) }), async (input, user, t) => {
  await setRole(input.email, input.role, user);
  revalidatePath('/admin/users');
  return { data: null, message: t('users.updated') };
});

export const resetPasswordAction = defineAction({ permission: 'user.manage', name: 'resetPassword' }, emailSchema.extend({ password: passwordSchema }), async (input, user, t) => {
  await setPassword(input.email, input.password, user);
  return { data: null, message: t('users.updated') };
});

export const setUiLocaleAction = defineAction({ permission: null, name: 'setUiLocale' }, z.object({ uiLocale: z.enum(['zh-HK', 'en']) }), async (input, user) => {
  await setUiLocale(user.id, input.uiLocale);
  revalidatePath('/admin', 'layout');
  return { data: null };
});
