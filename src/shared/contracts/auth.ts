import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../org-vocabulary.js';
import { ROLES } from '../roles.js';

/** The signed-in staff member. */
export const principal = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  departmentId: z.string(),
  departmentName: z.string(),
});
export const sessionResponse = z.object({ user: principal, csrfToken: z.string() });
export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export const csrfResponse = z.object({ csrfToken: z.string() });
