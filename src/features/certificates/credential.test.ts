import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv2019 } from 'ajv/dist/2019.js';
import formatsModule from 'ajv-formats';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { createCertificate } from '../../../test/factories/certificates.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';

// The Open Badges 3.0 credential: valid against 1EdTech's published JSON Schema, and signed with a
// key that the platform publishes.

const STANDARDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'standards');

function credentialValidator() {
  const schema = JSON.parse(
    readFileSync(join(STANDARDS, 'ob3-achievementcredential.schema.json'), 'utf8'),
  ) as object;
  // ajv-formats is CommonJS: at run time its default import is the plugin function itself.
  const addFormats = formatsModule as unknown as typeof formatsModule.default;
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('Open Badges 3.0 credentials', () => {
  let t: TestApp;
  let learner: Client;
  let code: string;

  before(async () => {
    t = await createTestApp();
    const official = await createOfficial(t.deps, { name: 'محمد علي' });
    ({ code } = await createCertificate(t.deps, {
      learnerId: official.id,
      title: 'Partnering with the media',
    }));
    learner = await signIn(t.app, official);
  });
  after(() => t.close());

  const download = async () => {
    const res = await learner.get(`/certificates/${code}/credential.jwt`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /^attachment/);
    return res.body;
  };

  it('is an AchievementCredential that the 1EdTech schema accepts', async () => {
    const jwt = await download();
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as {
      vc: Record<string, unknown>;
    };
    const validate = credentialValidator();
    assert.ok(validate(payload.vc), JSON.stringify(validate.errors, null, 2));
    // The validator does reject a credential that breaks the schema.
    const withoutIssuer = { ...payload.vc };
    delete withoutIssuer.issuer;
    assert.equal(validate(withoutIssuer), false);
    const vc = payload.vc as {
      id: string;
      type: string[];
      issuer: { id: string };
      credentialSubject: {
        achievement: { name: string };
        identifier: Array<{ identityHash: string }>;
      };
    };
    assert.ok(vc.type.includes('VerifiableCredential'));
    assert.ok(vc.type.includes('OpenBadgeCredential'));
    assert.equal(vc.id, `${t.deps.config.BASE_URL}/certificates/${code}`);
    assert.equal(vc.credentialSubject.achievement.name, 'Partnering with the media');
    assert.ok(vc.credentialSubject.identifier.some((i) => i.identityHash === 'محمد علي'));
  });

  it('is signed with Ed25519 by a key of the published key set', async () => {
    const jwt = await download();
    const header = decodeProtectedHeader(jwt);
    assert.equal(header.alg, 'EdDSA');
    const jwksRes = await new Client(t.app).get('/.well-known/jwks.json');
    assert.equal(jwksRes.statusCode, 200);
    const jwks = JSON.parse(jwksRes.body) as JSONWebKeySet;
    assert.ok(jwks.keys.some((k) => k.kid === header.kid));
    assert.ok(
      jwks.keys.every((k) => !('d' in k)),
      'no private key material is published',
    );
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      issuer: `${t.deps.config.BASE_URL}/issuer`,
    });
    assert.equal(payload.jti, `${t.deps.config.BASE_URL}/certificates/${code}`);
  });

  it('fails verification once tampered with', async () => {
    const jwt = await download();
    const [h, p, s] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')) as {
      vc: { name: string };
    };
    claims.vc.name = 'Something else';
    const forged = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
    const jwks = JSON.parse((await new Client(t.app).get('/.well-known/jwks.json')).body);
    await assert.rejects(jwtVerify(forged, createLocalJWKSet(jwks as JSONWebKeySet)));
  });

  it('names an issuer whose profile is published', async () => {
    const res = await new Client(t.app).get('/issuer');
    assert.equal(res.statusCode, 200);
    const profile = JSON.parse(res.body) as { id: string; type: string[]; name: string };
    assert.equal(profile.id, `${t.deps.config.BASE_URL}/issuer`);
    assert.ok(profile.type.includes('Profile'));
    assert.ok(profile.name.length > 0);
  });
});
