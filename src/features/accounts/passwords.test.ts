import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    assert.equal(passwordProblem('river lanterns hum at dusk'), undefined);
  });

  it('rejects passwords shorter than 12 characters', () => {
    assert.equal(passwordProblem('Sh0rt!pass'), 'accounts.errors.passwordTooShort');
    assert.equal(passwordProblem(''), 'accounts.errors.passwordTooShort');
    assert.equal(passwordProblem('ab3'.repeat(3) + 'cd'), 'accounts.errors.passwordTooShort');
  });

  it('rejects passwords longer than 256 characters', () => {
    assert.equal(passwordProblem('ab'.repeat(129)), 'accounts.errors.passwordTooLong');
  });

  it('rejects common passwords whatever their letter case, and one repeated character', () => {
    assert.equal(passwordProblem('qwerty123456'), 'accounts.errors.passwordCommon');
    assert.equal(passwordProblem('QWERTY123456'), 'accounts.errors.passwordCommon');
    assert.equal(passwordProblem('aaaaaaaaaaaaaaa'), 'accounts.errors.passwordCommon');
  });

  it('rejects passwords containing the name or the e-mail local part', () => {
    const personal = ['Amina Diallo', 'Amina', 'Diallo', 'a.diallo'];
    assert.equal(
      passwordProblem('my name is diallo 2026', personal),
      'accounts.errors.passwordPersonal',
    );
    assert.equal(
      passwordProblem('A.DIALLO-at-work-2026', personal),
      'accounts.errors.passwordPersonal',
    );
    assert.equal(passwordProblem('river lanterns hum at dusk', personal), undefined);
  });

  it('ignores personal words shorter than four characters', () => {
    assert.equal(passwordProblem('river lanterns hum at dusk', ['Li', 'at']), undefined);
  });
});

describe('password hashes', () => {
  it('are argon2id and verify only the right password', async () => {
    const hash = await hashPassword('river lanterns hum at dusk');
    assert.match(hash, /^\$argon2id\$/);
    assert.equal(await verifyPassword(hash, 'river lanterns hum at dusk'), true);
    assert.equal(await verifyPassword(hash, 'river lanterns hum at dawn'), false);
    assert.equal(await verifyPassword('not a hash', 'anything'), false);
  });
});
