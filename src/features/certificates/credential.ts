import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, type CryptoKey } from 'jose';
import type { Config } from '../../config.ts';
import { SIGNING_ALGORITHM } from './signing-keys.service.ts';

// Open Badges 3.0: the AchievementCredential of a certificate, and the issuer Profile it names.
// The credential travels as a VC-JWT (VC Data Model 1.1 "vc" claim), signed with Ed25519.

export const ISSUER_NAME = 'LPHM — Learning Platform on Human Mobility';

const CONTEXTS = [
  'https://www.w3.org/2018/credentials/v1',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

export interface CredentialFacts {
  code: string;
  recipientName: string;
  email: string;
  titles: Record<string, string>;
  startsOn: string | null;
  endsOn: string | null;
  hours: number;
  issuers: string[];
  achievementPath: string;
  issuedAt: string;
  /** Participation in an event, or (by default) completion of a course run. */
  kind?: 'run' | 'event';
}

/** The issuer Profile, served at /issuer and embedded in every credential. */
export function issuerProfile(config: Config): Record<string, unknown> {
  return {
    id: `${config.BASE_URL}/issuer`,
    type: ['Profile'],
    name: ISSUER_NAME,
    url: config.BASE_URL,
  };
}

/** The title in English when there is one, else in the first language it has. */
export function mainTitle(titles: Record<string, string>): string {
  return titles.en ?? Object.values(titles)[0] ?? '';
}

/** The AchievementCredential (unsigned) for a certificate. */
export function achievementCredential(
  config: Config,
  facts: CredentialFacts,
): Record<string, unknown> {
  const verifyUrl = `${config.BASE_URL}/certificates/${facts.code}`;
  const title = mainTitle(facts.titles);
  // The recipient is identified by a salted hash of their e-mail address, as OB 3.0 recommends.
  const salt = randomBytes(8).toString('hex');
  const identityHash = createHash('sha256')
    .update(facts.email + salt)
    .digest('hex');
  const issuer = issuerProfile(config);
  const subject: Record<string, unknown> = {
    type: ['AchievementSubject'],
    identifier: [
      {
        type: 'IdentityObject',
        hashed: true,
        identityHash: `sha256$${identityHash}`,
        identityType: 'emailAddress',
        salt,
      },
      {
        type: 'IdentityObject',
        hashed: false,
        identityHash: facts.recipientName,
        identityType: 'name',
      },
    ],
    achievement: {
      id: `${config.BASE_URL}${facts.achievementPath}`,
      type: ['Achievement'],
      name: title,
      ...(facts.kind === 'event'
        ? {
            achievementType: 'Achievement',
            description: `Participation in "${title}", a learning event of the Learning Platform on Human Mobility.`,
            criteria: { narrative: 'Attendance recorded by the organisers of the event.' },
          }
        : {
            achievementType: 'CertificateOfCompletion',
            description: `Completion of "${title}" on the Learning Platform on Human Mobility.`,
            criteria: {
              narrative:
                'Every required lesson done, every quiz passed and every assignment graded at or above its pass mark.',
            },
          }),
      ...(facts.hours > 0 ? { creditsAvailable: facts.hours } : {}),
      creator: issuer,
    },
    ...(facts.startsOn ? { activityStartDate: `${facts.startsOn}T00:00:00Z` } : {}),
    ...(facts.endsOn ? { activityEndDate: `${facts.endsOn}T00:00:00Z` } : {}),
  };
  return {
    '@context': CONTEXTS,
    id: verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: title,
    description: `Issued by ${facts.issuers.join(', ')}.`,
    issuer,
    issuanceDate: facts.issuedAt,
    credentialSubject: subject,
  };
}

/** Signs the credential as a VC-JWT whose `kid` names a key of the published JWKS. */
export async function signCredential(
  credential: Record<string, unknown>,
  signer: { kid: string; key: CryptoKey },
): Promise<string> {
  const issuedAt = new Date(String(credential.issuanceDate));
  return new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: signer.kid, typ: 'JWT' })
    .setIssuer(String((credential.issuer as { id: string }).id))
    .setJti(String(credential.id))
    .setNotBefore(Math.floor(issuedAt.getTime() / 1000))
    .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
    .sign(signer.key);
}
