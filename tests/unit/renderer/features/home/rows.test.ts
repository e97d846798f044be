import { describe, expect, it } from 'vitest';
import { overscan, pagesOf, rowAfterKey, rowsPerPage, visibleRows } from '../../../../../renderer/features/home/rows.js';

describe('the rows a viewport shows', () => {
  it('draws the rows in view and the overscan around them, never past either end', () => {
    // The list starts 100 px below the top of a 700 px viewport, rows of 50 px: rows 0..11 show.
    expect(visibleRows(100, 700, 50, 170_000)).toEqual({ first: 0, last: 12 + overscan });
    // Scrolled 5,000 px into the list: rows 100 to 114 show.
    expect(visibleRows(-5_000, 700, 50, 170_000)).toEqual({ first: 100 - overscan, last: 114 + overscan });
    expect(visibleRows(-8_499_500, 700, 50, 170_000)).toEqual({ first: 169_990 - overscan, last: 170_000 });
    expect(visibleRows(0, 700, 50, 0)).toEqual({ first: 0, last: 0 });
  });

  it('names the pages that hold a range', () => {
    expect(pagesOf({ first: 0, last: 20 })).toEqual([0]);
    expect(pagesOf({ first: rowsPerPage - 5, last: rowsPerPage + 5 })).toEqual([0, 1]);
    expect(pagesOf({ first: 3 * rowsPerPage, last: 3 * rowsPerPage })).toEqual([]);
  });
});

describe('moving through the list with keys', () => {
  it('moves by one, by a screenful and to the ends, and stops at the ends', () => {
    expect(rowAfterKey('ArrowDown', 4, 10, 5)).toBe(5);
    expect(rowAfterKey('ArrowUp', 0, 10, 5)).toBe(0);
    expect(rowAfterKey('PageDown', 4, 10, 5)).toBe(8);
    expect(rowAfterKey('PageDown', 8, 10, 5)).toBe(9);
    expect(rowAfterKey('PageUp', 3, 10, 5)).toBe(0);
    expect(rowAfterKey('Home', 7, 10, 5)).toBe(0);
    expect(rowAfterKey('End', 0, 170_000, 5)).toBe(169_999);
  });

  it('ignores other keys and an empty list', () => {
    expect(rowAfterKey('Enter', 3, 10, 5)).toBeNull();
    expect(rowAfterKey('ArrowDown', 0, 0, 5)).toBeNull();
  });
});
