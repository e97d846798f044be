import { describe, expect, it } from 'vitest';
import { articlePlace, home } from '../../../../common/address';
import { addressedSection, landingOf } from '../../../../renderer/navigation/landing';
import type { Arrival, Visit } from '../../../../renderer/navigation/useHistory';

const ids = ['history', 'geography'];
const visit = (place: Visit['place'], arrival: Arrival): Visit => ({ id: 1, place, arrival });

describe('where an article opens', () => {
  it('at the section its address names, if the article has it', () => {
    expect(addressedSection(visit(articlePlace('a', 'history'), { kind: 'address' }), ids)).toBe('history');
    expect(addressedSection(visit(articlePlace('a', 'history'), { kind: 'open', resume: false }), ids)).toBe('history');
    expect(addressedSection(visit(articlePlace('a', 'gone'), { kind: 'address' }), ids)).toBeNull();
    expect(addressedSection(visit(articlePlace('a'), { kind: 'address' }), ids)).toBeNull();
    expect(addressedSection(visit(home, { kind: 'address' }), ids)).toBeNull();
  });

  it('at the section an older bare #fragment names at the start', () => {
    expect(addressedSection(visit(null, { kind: 'start', fragment: '#geography' }), ids)).toBe('geography');
    expect(addressedSection(visit(null, { kind: 'start', fragment: '' }), ids)).toBeNull();
  });

  it('back and forward return to the reading position left, not to the section in the address', () => {
    const position = { articleId: 'a', sectionId: 'geography', progress: 0.4 };
    const back = visit(articlePlace('a', 'history'), { kind: 'return', spot: { scrollY: 420, position } });
    expect(addressedSection(back, ids)).toBeNull();
    expect(landingOf(back.arrival, null)).toEqual({ at: 'position', position });
  });

  it('a named section wins; a link opens at the top; everything else where the reader stopped', () => {
    expect(landingOf({ kind: 'address' }, 'history')).toEqual({ at: 'section' });
    expect(landingOf({ kind: 'open', resume: false }, null)).toEqual({ at: 'top' });
    expect(landingOf({ kind: 'open', resume: true }, null)).toEqual({ at: 'stored' });
    expect(landingOf({ kind: 'address' }, null)).toEqual({ at: 'stored' });
    expect(landingOf({ kind: 'start', fragment: '' }, null)).toEqual({ at: 'stored' });
  });
});
