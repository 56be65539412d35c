import { createCertificate } from '../factories/certificates.ts';
import { all, signedIn, type RouteRow, type SetupContext } from './types.ts';

// Certificates: verification, the key set and the issuer profile are public; the table's learner
// holds ":certcode" and may download it, as may coordinators; only coordinators revoke
// (":certrevoke", a certificate of another official, so the download rows stay valid).

const download = {
  anonymous: 303,
  learner: 200,
  facilitator: 403,
  partner_editor: 403,
  coordinator: 200,
  admin: 200,
};

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const mine = await createCertificate(deps, { organisationId, learnerId: officials.learner.id });
  values[':certcode'] = mine.code;
  values[':certrevoke'] = (await createCertificate(deps, { organisationId })).code;
}

export const routes: RouteRow[] = [
  { method: 'GET', route: '/certificates/mine', url: '/certificates/mine', expect: signedIn(200) },
  { method: 'GET', route: '/certificates/:code', url: '/certificates/:certcode', expect: all(200) },
  {
    method: 'GET',
    route: '/certificates/:code/certificate.pdf',
    url: '/certificates/:certcode/certificate.pdf',
    expect: download,
  },
  {
    method: 'GET',
    route: '/certificates/:code/credential.jwt',
    url: '/certificates/:certcode/credential.jwt',
    expect: download,
  },
  {
    method: 'POST',
    route: '/certificates/:code/revoke',
    url: '/certificates/:certrevoke/revoke',
    form: { reason: 'Route table' },
    // Revoking again is harmless: the admin after the coordinator is sent back to the page too.
    expect: {
      anonymous: 401,
      learner: 403,
      facilitator: 403,
      partner_editor: 403,
      coordinator: 303,
      admin: 303,
    },
  },
  {
    method: 'GET',
    route: '/.well-known/jwks.json',
    url: '/.well-known/jwks.json',
    expect: all(200),
  },
  { method: 'GET', route: '/issuer', url: '/issuer', expect: all(200) },
];
