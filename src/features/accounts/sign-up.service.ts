import { isUniqueViolation } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { organisationExists } from '../organisations/organisations.service.ts';
import type { ProfileInput, SignUpInput } from './accounts.schema.ts';
import { welcomeEmail } from './account-mail.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { sessionSettings, startSession } from './sessions.service.ts';
import { emailExists, insertUser } from './users.queries.ts';

const EMAIL_TAKEN = 'accounts.errors.emailTaken';

/** Words of the official's own that a password must not contain: name parts and address. */
export function personalWords(name: string, email: string): string[] {
  return [name, ...name.split(/[\s.\-_']+/), email.split('@')[0] ?? ''];
}

/** Checks what the form schema cannot: the organisation exists. Returns field errors. */
export async function profileProblems(
  deps: Deps,
  input: Pick<ProfileInput, 'organisation'>,
): Promise<Record<string, string>> {
  if (input.organisation !== null && !(await organisationExists(deps, input.organisation)))
    return { organisation: 'common.errors.chooseFromList' };
  return {};
}

/**
 * Creates an account, queues its welcome e-mail and signs the new official in. Throws VALIDATION
 * with field errors (address already used in any letter case, personal password, unknown
 * organisation) and writes nothing then.
 */
export async function signUp(
  deps: Deps,
  input: SignUpInput & { ip: string; userAgent: string },
): Promise<{ userId: number; sessionToken: string }> {
  const fields = await profileProblems(deps, input);
  const personal = passwordProblem(input.password, personalWords(input.name, input.email));
  if (personal) fields.password = personal;
  if (await emailExists(deps.db, input.email)) fields.email = EMAIL_TAKEN;
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', 'errors.validation', { fields });

  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  const user = {
    email: input.email,
    name: input.name,
    preferredLanguage: input.language,
  };
  let userId: number;
  try {
    userId = await deps.db.transaction().execute(async (tx) => {
      const id = await insertUser(
        tx,
        {
          ...user,
          passwordHash,
          organisationId: input.organisation,
          position: input.position,
          country: input.country,
          gender: input.gender,
        },
        now,
      );
      await queueEmail(tx, welcomeEmail(deps.config, user));
      return id;
    });
  } catch (err) {
    // Two sign-ups raced with the same address: the unique index let only one through.
    if (isUniqueViolation(err))
      throw new AppError('VALIDATION', 'errors.validation', { fields: { email: EMAIL_TAKEN } });
    throw err;
  }
  const session = await startSession(deps.db, sessionSettings(deps.config), {
    userId,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { userId, sessionToken: session.token };
}
