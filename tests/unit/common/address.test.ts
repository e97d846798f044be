import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressOf, articlePlace, home, placeOf, sectionOfBareFragment } from '../../../common/address';

describe('addresses', () => {
  it('names home, an article and a section of it', () => {
    expect(addressOf(home)).toBe('#/');
    expect(addressOf(articlePlace('กรุงเทพมหานคร'))).toBe('#/a/กรุงเทพมหานคร');
    expect(addressOf(articlePlace('ประเทศไทย', 'ประวัติ'))).toBe('#/a/ประเทศไทย/ประวัติ');
  });

  it('keeps Thai readable and escapes what would split or end the address', () => {
    expect(addressOf(articlePlace('AC/DC', 'a b#c%d'))).toBe('#/a/AC%2FDC/a%20b%23c%25d');
  });

  it('reads back every place it writes, whatever the ids hold', () => {
    const id = fc.string({ minLength: 1, unit: fc.constantFrom('ก', 'ไ', '่', 'a', '/', '#', '%', ' ', '"', '`', '<', '\n', '🙂', '%2F') });
    fc.assert(
      fc.property(id, fc.option(id, { nil: null }), (articleId, sectionId) => {
        const place = articlePlace(articleId, sectionId);
        expect(placeOf(addressOf(place))).toEqual(place);
      }),
    );
    expect(placeOf(addressOf(home))).toEqual(home);
  });

  it('reads an address with a trailing slash, and a malformed escape as typed', () => {
    expect(placeOf('#/a/x/')).toEqual(articlePlace('x'));
    expect(placeOf('#/a/50%/y')).toEqual(articlePlace('50%', 'y'));
  });

  it('is no address for other fragments', () => {
    for (const hash of ['', '#', '#/x', '#/a/', '#/a//s', '#/a/x/y/z', '#section']) expect(placeOf(hash)).toBeNull();
  });

  it('finds the section an older bare #fragment names, and nothing else', () => {
    const ids = ['ประวัติ', 'a b'];
    expect(sectionOfBareFragment('#ประวัติ', ids)).toBe('ประวัติ');
    expect(sectionOfBareFragment(`#${encodeURIComponent('ประวัติ')}`, ids)).toBe('ประวัติ');
    expect(sectionOfBareFragment('#a%20b', ids)).toBe('a b');
    expect(sectionOfBareFragment('#other', ids)).toBeNull();
    expect(sectionOfBareFragment('#/a/ประวัติ', ids)).toBeNull();
    expect(sectionOfBareFragment('', ids)).toBeNull();
  });
});
