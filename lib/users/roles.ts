// Roles and what each may do. The whole matrix lives here, as named predicates.
export const ROLES = ['admin', 'editor', 'translator'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'piece.edit',
  'piece.create',
  'piece.publish',
  'figure.create',
  'figure.revise',
  'chart.edit',
  'user.manage',
  'audit.read',
  'media.upload',
  'media.describe',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MATRIX: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  editor: ['piece.edit', 'piece.create', 'piece.publish', 'figure.create', 'figure.revise', 'chart.edit', 'media.upload', 'media.describe'],
  translator: ['piece.edit', 'media.describe'],
};

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
