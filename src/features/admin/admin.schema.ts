import { z } from 'zod';
import { line } from '../../web/validation.ts';
import { ROLES } from '../accounts/actor.ts';

// Input of the admin pages. Messages are translation keys.

const MAX_ID = 2_147_483_647; // integer keys: anything larger cannot exist

/** A numeric id in a URL; anything else names nothing. */
export const idParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .refine((n) => n <= MAX_ID);

const role = z.enum(ROLES, { error: 'admin.errors.roleUnknown' });

export const userListQuery = z.object({
  q: line({ max: 200, required: false }).default(''),
  role: z
    .union([z.literal(''), role])
    .default('')
    .transform((r) => r || null),
  status: z
    .enum(['all', 'active', 'disabled'], { error: 'common.errors.chooseFromList' })
    .default('all'),
  // "<name>|<id>" of the last official on the previous page.
  after: z
    .string()
    .max(500)
    .regex(/^[\s\S]*\|[1-9]\d{0,9}$/, { error: 'admin.errors.badPageLink' })
    .transform((s) => {
      const bar = s.lastIndexOf('|');
      return { name: s.slice(0, bar), id: Number(s.slice(bar + 1)) };
    })
    .refine((a) => a.id <= MAX_ID, { error: 'admin.errors.badPageLink' })
    .optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const addRoleForm = z
  .object({
    role,
    organisationId: z
      .string()
      .regex(/^(|[1-9]\d{0,9})$/, { error: 'admin.errors.organisationUnknown' })
      .default(''),
  })
  .superRefine((form, ctx) => {
    if (form.role === 'partner_editor' && form.organisationId === '')
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'admin.errors.organisationRequired',
      });
  })
  .transform((form) => ({
    role: form.role,
    // Only partner editors are scoped to an organisation.
    organisationId:
      form.role === 'partner_editor' && form.organisationId ? Number(form.organisationId) : null,
  }));
export type AddRoleInput = z.infer<typeof addRoleForm>;

export const removeRoleForm = z.object({ role });

export const outboxQuery = z.object({
  to: z.string().max(254).trim().toLowerCase().default(''),
  before: idParam.optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;
