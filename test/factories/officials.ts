import type { Deps } from '../../src/deps.ts';
import type { Role } from '../../src/features/accounts/actor.ts';
import { hashPassword } from '../../src/features/accounts/passwords.ts';
import { insertRole, insertUser, type NewUser } from '../../src/features/accounts/users.queries.ts';

export const TEST_PASSWORD = 'correct horse battery staple 42';

// Hashing costs ~50 ms; tests create many officials with the same password.
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) hashes.set(password, (h = hashPassword(password)));
  return h;
}

let counter = 0;

export interface OfficialOptions extends Partial<Omit<NewUser, 'passwordHash'>> {
  password?: string;
  roles?: Role[];
  /** The organisation a partner editor acts for. */
  partnerOrganisationId?: number;
}

export interface CreatedOfficial {
  id: number;
  email: string;
  name: string;
  password: string;
}

export async function createOfficial(
  deps: Deps,
  options: OfficialOptions = {},
): Promise<CreatedOfficial> {
  counter++;
  const password = options.password ?? TEST_PASSWORD;
  const email = (options.email ?? `official${counter}.${process.pid}@example.org`).toLowerCase();
  const name = options.name ?? `Official ${counter}`;
  const now = new Date().toISOString();
  const id = await insertUser(
    deps.db,
    {
      email,
      name,
      passwordHash: await cachedHash(password),
      preferredLanguage: options.preferredLanguage ?? 'en',
      organisationId: options.organisationId ?? null,
      position: options.position ?? '',
      country: options.country ?? null,
      gender: options.gender ?? null,
      isDemo: options.isDemo ?? false,
    },
    now,
  );
  for (const role of options.roles ?? []) {
    await insertRole(
      deps.db,
      {
        userId: id,
        role,
        organisationId:
          role === 'partner_editor'
            ? (options.partnerOrganisationId ?? options.organisationId ?? null)
            : null,
        grantedBy: null,
      },
      now,
    );
  }
  return { id, email, name, password };
}
