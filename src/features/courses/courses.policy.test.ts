import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import { canAuthor, canDeleteContent, canEditCourse, canReview } from './courses.policy.ts';

function actor(roles: Role[], partnerOrganisationId: number | null = null): Actor {
  return {
    id: 1,
    name: 'A',
    email: 'a@example.org',
    preferredLanguage: 'en',
    organisationId: null,
    roles: new Set(roles),
    partnerOrganisationId,
  };
}

const course = { organisationId: 7 };

describe('course policy', () => {
  const table: Array<[string, Actor | null, { author: boolean; edit: boolean; review: boolean }]> =
    [
      ['anonymous', null, { author: false, edit: false, review: false }],
      ['learner', actor([]), { author: false, edit: false, review: false }],
      ['facilitator', actor(['facilitator']), { author: false, edit: false, review: false }],
      [
        'partner editor of the owner',
        actor(['partner_editor'], 7),
        { author: true, edit: true, review: false },
      ],
      [
        'partner editor of another organisation',
        actor(['partner_editor'], 8),
        { author: true, edit: false, review: false },
      ],
      [
        'partner editor without organisation',
        actor(['partner_editor']),
        { author: false, edit: false, review: false },
      ],
      ['coordinator', actor(['coordinator']), { author: true, edit: true, review: true }],
      ['admin', actor(['admin']), { author: true, edit: true, review: true }],
    ];
  for (const [who, a, want] of table) {
    it(`${who}: author ${want.author}, edit ${want.edit}, review ${want.review}`, () => {
      assert.equal(canAuthor(a), want.author);
      assert.equal(canEditCourse(a, course), want.edit);
      assert.equal(canReview(a), want.review);
    });
  }

  it('allows deleting content only in drafts', () => {
    assert.equal(canDeleteContent({ status: 'draft' }), true);
    assert.equal(canDeleteContent({ status: 'in_review' }), false);
    assert.equal(canDeleteContent({ status: 'published' }), false);
  });
});
