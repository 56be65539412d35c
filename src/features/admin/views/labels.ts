import { isRole, type Role } from '../../accounts/actor.ts';
import type { Page } from '../../../web/page.ts';
import type { RoleGrant } from '../admin.queries.ts';

// Words the admin pages share: role names, the roles of an official, audit actions.

export function roleLabel(page: Page, role: Role): string {
  return page.t(`admin.roles.${role}`);
}

/** "Partner editor (UNDP)" for a scoped role, else the role's name. */
export function grantLabel(page: Page, grant: RoleGrant): string {
  const label = roleLabel(page, grant.role);
  return grant.organisationName
    ? page.t('admin.roles.scoped', { role: label, organisation: grant.organisationName })
    : label;
}

/** Every official is a learner; other roles come on top. */
export function rolesSummary(page: Page, roles: RoleGrant[]): string {
  return roles.length === 0
    ? page.t('admin.roles.learner')
    : roles.map((r) => grantLabel(page, r)).join(', ');
}

const ACTION_KEYS: Record<string, string> = {
  'user.admin_created': 'admin.audit.adminCreated',
  'user.role_added': 'admin.audit.roleAdded',
  'user.role_changed': 'admin.audit.roleChanged',
  'user.role_removed': 'admin.audit.roleRemoved',
  'user.disabled': 'admin.audit.disabled',
  'user.enabled': 'admin.audit.enabled',
};

/** What an audit event says, in the page's language; actions of other features show as recorded. */
export function auditText(page: Page, action: string, details: Record<string, unknown>): string {
  const key = ACTION_KEYS[action];
  if (!key) return action;
  const roleText = isRole(details.role)
    ? grantLabel(page, {
        role: details.role,
        organisationId: null,
        organisationName:
          typeof details.organisationName === 'string' ? details.organisationName : null,
      })
    : '';
  return page.t(key, { role: roleText });
}
