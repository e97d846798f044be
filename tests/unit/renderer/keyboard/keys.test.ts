import { describe, expect, it } from 'vitest';
import { isPrimary, isTextField, latinKey } from '../../../../renderer/keyboard/keys';

const element = (tagName: string, more: object = {}) => ({ tagName, ...more }) as unknown as EventTarget;

describe('latinKey', () => {
  it('reads a character as itself, lower-cased', () => {
    expect(latinKey({ key: 'j', code: 'KeyJ' })).toBe('j');
    expect(latinKey({ key: 'J', code: 'KeyJ' })).toBe('j');
    expect(latinKey({ key: '?', code: 'Slash' })).toBe('?');
    expect(latinKey({ key: '?', code: 'Minus' })).toBe('?');
    expect(latinKey({ key: '/', code: 'Digit7' })).toBe('/');
  });

  it('reads a Thai character from the key’s position', () => {
    expect(latinKey({ key: '่', code: 'KeyJ' })).toBe('j');
    expect(latinKey({ key: 'ด', code: 'KeyF' })).toBe('f');
    expect(latinKey({ key: 'ก', code: 'KeyD' })).toBe('d');
    expect(latinKey({ key: 'ฝ', code: 'Slash' })).toBe('/');
    expect(latinKey({ key: 'ม', code: 'Comma' })).toBe(',');
  });

  it('reads a key that types nothing as its name', () => {
    expect(latinKey({ key: 'ArrowDown', code: 'ArrowDown' })).toBe('ArrowDown');
    expect(latinKey({ key: 'F3', code: 'F3' })).toBe('F3');
    expect(latinKey({ key: 'Escape', code: 'Escape' })).toBe('Escape');
  });
});

describe('isPrimary', () => {
  it('takes Ctrl or Cmd', () => {
    expect(isPrimary({ ctrlKey: true, metaKey: false })).toBe(true);
    expect(isPrimary({ ctrlKey: false, metaKey: true })).toBe(true);
    expect(isPrimary({ ctrlKey: false, metaKey: false })).toBe(false);
  });
});

describe('isTextField', () => {
  it('is true where typing enters text', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) expect(isTextField(element(tagName))).toBe(true);
    expect(isTextField(element('DIV', { isContentEditable: true }))).toBe(true);
  });

  it('is false elsewhere', () => {
    expect(isTextField(null)).toBe(false);
    expect(isTextField(element('BUTTON'))).toBe(false);
    expect(isTextField(element('DIV', { isContentEditable: false }))).toBe(false);
    expect(isTextField({} as EventTarget)).toBe(false);
  });
});
