import { describe, expect, it } from 'vitest';
import { freshHome, homeStateOf } from '../../../../../renderer/features/home/homeState';

describe("home's state in a history entry", () => {
  it('comes back as it was kept', () => {
    expect(homeStateOf({ sort: 'recent', filter: 'กรุง' })).toEqual({ sort: 'recent', filter: 'กรุง' });
  });

  it('is a fresh home where the entry kept nothing, or something else', () => {
    for (const kept of [undefined, null, 'title', 3, [], { sort: 'nonsense', filter: 7 }]) expect(homeStateOf(kept)).toEqual(freshHome);
    expect(homeStateOf({ sort: 'added' })).toEqual({ sort: 'added', filter: '' });
  });
});
