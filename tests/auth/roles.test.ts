// The whole role matrix: what an admin, an editor and a translator may do.
import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/users/roles';

const expected: Record<Role, Permission[]> = {
  admin: ['piece.edit', 'piece.create', 'piece.publish', 'figure.create', 'figure.revise', 'chart.edit', 'user.manage', 'audit.read', 'media.upload', 'media.describe'],
  editor: ['piece.edit', 'piece.create', 'piece.publish', 'figure.create', 'figure.revise', 'chart.edit', 'media.upload', 'media.describe'],
  // Translators write photos' alt text and captions, but do not upload or place them.
  translator: ['piece.edit', 'media.describe'],
};

describe('role matrix', () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = expected[role].includes(permission);
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }
});
