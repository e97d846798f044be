import { describe, expect, it } from 'vitest';
import { bindingLabel, matchesBinding, type KeyBinding } from '../../../../renderer/keyboard/bindings';
import { press } from './press';

const input = { tagName: 'INPUT' } as unknown as EventTarget;

describe('matchesBinding', () => {
  it('wants exactly the modifiers the binding names, Ctrl or Cmd alike', () => {
    const chord: KeyBinding = { key: 'k', primary: true };
    expect(matchesBinding(chord, press('k', 'KeyK', { ctrlKey: true }))).toBe(true);
    expect(matchesBinding(chord, press('k', 'KeyK', { metaKey: true }))).toBe(true);
    expect(matchesBinding(chord, press('k', 'KeyK'))).toBe(false);
    expect(matchesBinding(chord, press('k', 'KeyK', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesBinding(chord, press('K', 'KeyK', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesBinding({ key: 'k' }, press('k', 'KeyK', { ctrlKey: true }))).toBe(false);
  });

  it('takes Shift as the binding says: never, always, or either way', () => {
    expect(matchesBinding({ key: 'j' }, press('J', 'KeyJ', { shiftKey: true }))).toBe(false);
    expect(matchesBinding({ key: 'F3', shift: true }, press('F3', 'F3', { shiftKey: true }))).toBe(true);
    expect(matchesBinding({ key: 'F3', shift: true }, press('F3', 'F3'))).toBe(false);
    expect(matchesBinding({ key: 'F3' }, press('F3', 'F3', { shiftKey: true }))).toBe(false);
    expect(matchesBinding({ key: '?', shift: 'either' }, press('?', 'Slash', { shiftKey: true }))).toBe(true);
    expect(matchesBinding({ key: '?', shift: 'either' }, press('?', 'Minus'))).toBe(true);
  });

  it('stays out of text fields unless the binding fires there', () => {
    expect(matchesBinding({ key: '/' }, press('/', 'Slash', { target: input }))).toBe(false);
    expect(matchesBinding({ key: 'f', primary: true, inTextFields: true }, press('f', 'KeyF', { ctrlKey: true, target: input }))).toBe(true);
  });

  it('reads the key by position on a Thai layout', () => {
    expect(matchesBinding({ key: 'd', primary: true }, press('ก', 'KeyD', { ctrlKey: true }))).toBe(true);
    expect(matchesBinding({ key: ',' }, press('ม', 'Comma'))).toBe(true);
  });
});

describe('bindingLabel', () => {
  it('shows keys the way the help lists them', () => {
    expect(bindingLabel({ key: 'j' })).toBe('J');
    expect(bindingLabel({ key: ',' })).toBe(',');
    expect(bindingLabel({ key: '?', shift: 'either' })).toBe('?');
    expect(bindingLabel({ key: 'k', primary: true, shift: 'either' })).toBe('Ctrl+K');
    expect(bindingLabel({ key: 'ArrowDown', alt: true })).toBe('Alt+↓');
    expect(bindingLabel({ key: 'ArrowUp', alt: true })).toBe('Alt+↑');
    expect(bindingLabel({ key: 'F3', shift: true })).toBe('Shift+F3');
  });
});
