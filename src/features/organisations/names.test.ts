import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freeSlug, searchKey, slugBase } from './names.ts';

describe('organisation names', () => {
  it('search keys ignore case and accents but keep other scripts', () => {
    assert.equal(searchKey('LIÈGE'), 'liege');
    assert.equal(searchKey('Łódź'), 'lodz');
    assert.equal(searchKey('Straße'), 'strasse');
    assert.equal(searchKey('Москва'), 'москва');
    assert.equal(searchKey('東京'), '東京');
  });

  it('slugs are ASCII, transliterated where possible, with a fallback', () => {
    assert.equal(slugBase('Liège – Ville de'), 'liege-ville-de');
    assert.equal(slugBase('Москва'), 'moskva');
    assert.equal(slugBase('東京'), 'organisation');
    assert.equal(slugBase('New'), 'new-org');
    assert.ok(slugBase('a'.repeat(300)).length <= 80);
  });

  it('a taken slug gets the next free number', () => {
    assert.equal(freeSlug('liege', []), 'liege');
    assert.equal(freeSlug('liege', ['liege', 'liege-2']), 'liege-3');
  });
});
