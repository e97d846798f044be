import { describe, expect, it } from 'vitest';
import { shortcutAction, shortcuts, type ShortcutPress } from '../../../../../renderer/features/shortcuts/keymap';

const press = (key: string, code: string, more: Partial<ShortcutPress> = {}): ShortcutPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: null,
  ...more,
});

const field = (tagName: string) => ({ tagName }) as unknown as EventTarget;

describe('shortcutAction', () => {
  it('moves between sections with j/n, k/p and Alt+arrows', () => {
    expect(shortcutAction(press('j', 'KeyJ'))).toBe('nextSection');
    expect(shortcutAction(press('n', 'KeyN'))).toBe('nextSection');
    expect(shortcutAction(press('ArrowDown', 'ArrowDown', { altKey: true }))).toBe('nextSection');
    expect(shortcutAction(press('k', 'KeyK'))).toBe('previousSection');
    expect(shortcutAction(press('p', 'KeyP'))).toBe('previousSection');
    expect(shortcutAction(press('ArrowUp', 'ArrowUp', { altKey: true }))).toBe('previousSection');
  });

  it('opens the TOC, bookmarks, settings and help', () => {
    expect(shortcutAction(press('t', 'KeyT'))).toBe('focusToc');
    expect(shortcutAction(press('b', 'KeyB'))).toBe('toggleBookmarks');
    expect(shortcutAction(press(',', 'Comma'))).toBe('toggleSettings');
    expect(shortcutAction(press('s', 'KeyS'))).toBe('toggleSettings');
    expect(shortcutAction(press('?', 'Slash', { shiftKey: true }))).toBe('showHelp');
    // Some keyboards type "?" without Shift.
    expect(shortcutAction(press('?', 'Minus'))).toBe('showHelp');
  });

  it('reads letters by position on a Thai layout', () => {
    expect(shortcutAction(press('่', 'KeyJ'))).toBe('nextSection');
    expect(shortcutAction(press('ะ', 'KeyT'))).toBe('focusToc');
    expect(shortcutAction(press('ม', 'Comma'))).toBe('toggleSettings');
  });

  it('never fires while typing in a field', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(shortcutAction(press('j', 'KeyJ', { target: field(tagName) }))).toBeNull();
      expect(shortcutAction(press('?', 'Slash', { shiftKey: true, target: field(tagName) }))).toBeNull();
      expect(shortcutAction(press('ArrowDown', 'ArrowDown', { altKey: true, target: field(tagName) }))).toBeNull();
    }
    const editable = { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget;
    expect(shortcutAction(press('b', 'KeyB', { target: editable }))).toBeNull();
    expect(shortcutAction(press('b', 'KeyB', { target: field('BUTTON') }))).toBe('toggleBookmarks');
  });

  it('ignores modifiers the binding does not use', () => {
    expect(shortcutAction(press('j', 'KeyJ', { ctrlKey: true }))).toBeNull();
    expect(shortcutAction(press('j', 'KeyJ', { metaKey: true }))).toBeNull();
    expect(shortcutAction(press('j', 'KeyJ', { altKey: true }))).toBeNull();
    expect(shortcutAction(press('J', 'KeyJ', { shiftKey: true }))).toBeNull();
    expect(shortcutAction(press('b', 'KeyB', { ctrlKey: true }))).toBeNull();
    expect(shortcutAction(press('ArrowDown', 'ArrowDown'))).toBeNull();
    expect(shortcutAction(press('ArrowDown', 'ArrowDown', { altKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutAction(press('/', 'Slash'))).toBeNull();
  });

  it('leaves search and Ctrl+D to their own features', () => {
    expect(shortcutAction(press('k', 'KeyK', { ctrlKey: true }))).toBeNull();
    expect(shortcutAction(press('d', 'KeyD', { ctrlKey: true }))).toBeNull();
  });
});

describe('shortcuts', () => {
  it('lists every action once, each with keys to show', () => {
    const actions = shortcuts.map((shortcut) => shortcut.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const shortcut of shortcuts) expect(shortcut.keys.length).toBeGreaterThan(0);
  });
});
