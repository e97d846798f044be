import { describe, expect, it, vi } from 'vitest';
import {
  commandFor,
  keymap,
  runShortcut,
  type ShortcutEvent,
} from '../../../../../renderer/features/shortcuts/keymap';
import { bindingLabel } from '../../../../../renderer/keyboard/bindings';
import { press } from '../../keyboard/press';

const field = (tagName: string) => ({ tagName }) as unknown as EventTarget;

describe('commandFor', () => {
  it('moves between sections with j/n, k/p and Alt+arrows', () => {
    expect(commandFor(press('j', 'KeyJ'))).toBe('nextSection');
    expect(commandFor(press('n', 'KeyN'))).toBe('nextSection');
    expect(commandFor(press('ArrowDown', 'ArrowDown', { altKey: true }))).toBe('nextSection');
    expect(commandFor(press('k', 'KeyK'))).toBe('previousSection');
    expect(commandFor(press('p', 'KeyP'))).toBe('previousSection');
    expect(commandFor(press('ArrowUp', 'ArrowUp', { altKey: true }))).toBe('previousSection');
  });

  it('opens the TOC, bookmarks, settings and help', () => {
    expect(commandFor(press('t', 'KeyT'))).toBe('focusToc');
    expect(commandFor(press('b', 'KeyB'))).toBe('toggleBookmarks');
    expect(commandFor(press(',', 'Comma'))).toBe('toggleSettings');
    expect(commandFor(press('s', 'KeyS'))).toBe('toggleSettings');
    expect(commandFor(press('?', 'Slash', { shiftKey: true }))).toBe('showHelp');
    // Some keyboards type "?" without Shift.
    expect(commandFor(press('?', 'Minus'))).toBe('showHelp');
  });

  it('focuses the search on /, Ctrl+K and Ctrl+F, or Cmd', () => {
    expect(commandFor(press('/', 'Slash'))).toBe('focusSearch');
    expect(commandFor(press('k', 'KeyK', { ctrlKey: true }))).toBe('focusSearch');
    expect(commandFor(press('f', 'KeyF', { ctrlKey: true }))).toBe('focusSearch');
    expect(commandFor(press('k', 'KeyK', { metaKey: true }))).toBe('focusSearch');
    expect(commandFor(press('f', 'KeyF', { metaKey: true }))).toBe('focusSearch');
    // Shift makes no difference to search: Ctrl+Shift+F, and "/" typed with Shift on some layouts.
    expect(commandFor(press('F', 'KeyF', { ctrlKey: true, shiftKey: true }))).toBe('focusSearch');
    expect(commandFor(press('/', 'Digit7', { shiftKey: true }))).toBe('focusSearch');
    expect(commandFor(press('/', 'Slash', { altKey: true }))).toBeNull();
    expect(commandFor(press('f', 'KeyF', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandFor(press('/', 'Slash', { ctrlKey: true }))).toBeNull();
  });

  it('opens quick open on Ctrl/Cmd+P and +O, from a field too, instead of the browser’s print and open', () => {
    for (const [key, code] of [['p', 'KeyP'], ['o', 'KeyO']] as const) {
      expect(commandFor(press(key, code, { ctrlKey: true }))).toBe('quickOpen');
      expect(commandFor(press(key, code, { metaKey: true }))).toBe('quickOpen');
      expect(commandFor(press(key, code, { ctrlKey: true, target: field('INPUT') }))).toBe('quickOpen');
      expect(commandFor(press(key, code, { ctrlKey: true, altKey: true }))).toBeNull();
    }
    // On a Thai layout, by position; plain P is still "previous section".
    expect(commandFor(press('ย', 'KeyP', { ctrlKey: true }))).toBe('quickOpen');
    expect(commandFor(press('น', 'KeyO', { metaKey: true }))).toBe('quickOpen');
    expect(commandFor(press('p', 'KeyP'))).toBe('previousSection');
    expect(commandFor(press('o', 'KeyO'))).toBeNull();
  });

  it('bookmarks the section on Ctrl+D and Cmd+D, once per press', () => {
    expect(commandFor(press('d', 'KeyD', { ctrlKey: true }))).toBe('bookmarkSection');
    expect(commandFor(press('d', 'KeyD', { metaKey: true }))).toBe('bookmarkSection');
    expect(commandFor(press('d', 'KeyD', { ctrlKey: true, repeat: true }))).toBeNull();
    expect(commandFor(press('d', 'KeyD', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandFor(press('d', 'KeyD'))).toBeNull();
    expect(commandFor(press('f', 'KeyF', { ctrlKey: true }))).not.toBe('bookmarkSection');
    // Holding a plain key down keeps going.
    expect(commandFor(press('j', 'KeyJ', { repeat: true }))).toBe('nextSection');
  });

  it('reads letters by position on a Thai layout', () => {
    expect(commandFor(press('่', 'KeyJ'))).toBe('nextSection');
    expect(commandFor(press('ะ', 'KeyT'))).toBe('focusToc');
    expect(commandFor(press('ม', 'Comma'))).toBe('toggleSettings');
    expect(commandFor(press('ด', 'KeyF', { ctrlKey: true }))).toBe('focusSearch');
    expect(commandFor(press('ฝ', 'Slash'))).toBe('focusSearch');
    expect(commandFor(press('ก', 'KeyD', { ctrlKey: true }))).toBe('bookmarkSection');
  });

  it('never fires a plain key while typing in a field', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(commandFor(press('j', 'KeyJ', { target: field(tagName) }))).toBeNull();
      expect(commandFor(press('?', 'Slash', { shiftKey: true, target: field(tagName) }))).toBeNull();
      expect(commandFor(press('ArrowDown', 'ArrowDown', { altKey: true, target: field(tagName) }))).toBeNull();
      expect(commandFor(press('/', 'Slash', { target: field(tagName) }))).toBeNull();
      expect(commandFor(press('d', 'KeyD', { ctrlKey: true, target: field(tagName) }))).toBeNull();
    }
    const editable = { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget;
    expect(commandFor(press('b', 'KeyB', { target: editable }))).toBeNull();
    expect(commandFor(press('b', 'KeyB', { target: field('BUTTON') }))).toBe('toggleBookmarks');
  });

  it('takes Ctrl/Cmd+K and +F from a field too, instead of the browser’s find', () => {
    expect(commandFor(press('k', 'KeyK', { ctrlKey: true, target: field('INPUT') }))).toBe('focusSearch');
    expect(commandFor(press('f', 'KeyF', { metaKey: true, target: field('TEXTAREA') }))).toBe('focusSearch');
  });

  it('ignores modifiers the binding does not use', () => {
    expect(commandFor(press('j', 'KeyJ', { ctrlKey: true }))).toBeNull();
    expect(commandFor(press('j', 'KeyJ', { metaKey: true }))).toBeNull();
    expect(commandFor(press('j', 'KeyJ', { altKey: true }))).toBeNull();
    expect(commandFor(press('J', 'KeyJ', { shiftKey: true }))).toBeNull();
    expect(commandFor(press('b', 'KeyB', { ctrlKey: true }))).toBeNull();
    expect(commandFor(press('ArrowDown', 'ArrowDown'))).toBeNull();
    expect(commandFor(press('ArrowDown', 'ArrowDown', { altKey: true, shiftKey: true }))).toBeNull();
    // Ctrl+K is the search's, not "previous section".
    expect(commandFor(press('k', 'KeyK', { ctrlKey: true }))).not.toBe('previousSection');
  });
});

const event = (key: string, code: string, more: Partial<ShortcutEvent> = {}) => {
  const preventDefault = vi.fn();
  return { ...press(key, code), defaultPrevented: false, isComposing: false, preventDefault, ...more };
};

describe('runShortcut', () => {
  it('runs an available command and keeps the key from the browser', () => {
    const nextSection = vi.fn();
    const pressed = event('j', 'KeyJ');
    expect(runShortcut(pressed, { nextSection })).toBe(true);
    expect(nextSection).toHaveBeenCalledOnce();
    expect(pressed.preventDefault).toHaveBeenCalledOnce();
  });

  it('leaves a key whose command is not available to the browser', () => {
    const pressed = event('j', 'KeyJ');
    expect(runShortcut(pressed, { previousSection: vi.fn() })).toBe(false);
    expect(pressed.preventDefault).not.toHaveBeenCalled();
  });

  it('takes the command from the first source that has it', () => {
    const first = vi.fn();
    const second = vi.fn();
    expect(runShortcut(event('/', 'Slash'), {}, { focusSearch: second })).toBe(true);
    expect(second).toHaveBeenCalledOnce();
    expect(runShortcut(event('/', 'Slash'), { focusSearch: first }, { focusSearch: second })).toBe(true);
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
  });

  it('does nothing while composing, or after an earlier handler took the key', () => {
    const nextSection = vi.fn();
    for (const pressed of [event('j', 'KeyJ', { isComposing: true }), event('j', 'KeyJ', { defaultPrevented: true })]) {
      expect(runShortcut(pressed, { nextSection })).toBe(false);
      expect(pressed.preventDefault).not.toHaveBeenCalled();
    }
    expect(nextSection).not.toHaveBeenCalled();
  });

  it('does not bookmark again while Ctrl+D is held', () => {
    const bookmarkSection = vi.fn();
    const held = event('d', 'KeyD', { ctrlKey: true, repeat: true });
    expect(runShortcut(held, { bookmarkSection })).toBe(false);
    expect(held.preventDefault).not.toHaveBeenCalled();
    expect(bookmarkSection).not.toHaveBeenCalled();
  });
});

describe('keymap', () => {
  it('lists every command, each row once with keys to show', () => {
    const ids = keymap.map((shortcut) => shortcut.id);
    expect(new Set(ids).size).toBe(ids.length);
    const commands = keymap.map((shortcut) => shortcut.command);
    expect(new Set(commands).size).toBe(commands.length);
    for (const shortcut of keymap) expect(shortcut.keys.length).toBeGreaterThan(0);
  });

  it('shows the keys in the help as it always has', () => {
    expect(keymap.map((shortcut) => [shortcut.description, shortcut.keys.map(bindingLabel)])).toEqual([
      ['shortcutNextSection', ['J', 'N', 'Alt+↓']],
      ['shortcutPreviousSection', ['K', 'P', 'Alt+↑']],
      ['shortcutBack', ['Alt+←']],
      ['shortcutForward', ['Alt+→']],
      ['shortcutToc', ['T']],
      ['shortcutSearch', ['/', 'Ctrl+K', 'Ctrl+F']],
      ['shortcutQuickOpen', ['Ctrl+P', 'Ctrl+O']],
      ['shortcutBookmarkSection', ['Ctrl+D']],
      ['shortcutBookmarks', ['B']],
      ['shortcutSettings', [',', 'S']],
      ['shortcutNextMatch', ['F3', 'Ctrl+G']],
      ['shortcutPreviousMatch', ['Shift+F3', 'Ctrl+Shift+G']],
      ['shortcutHelp', ['?']],
    ]);
  });

  it('steps through search matches with F3 and Ctrl+G, also from the search box', () => {
    expect(commandFor(press('F3', 'F3'))).toBe('nextMatch');
    expect(commandFor(press('F3', 'F3', { shiftKey: true, target: field('INPUT') }))).toBe('previousMatch');
    expect(commandFor(press('g', 'KeyG', { ctrlKey: true }))).toBe('nextMatch');
    expect(commandFor(press('G', 'KeyG', { ctrlKey: true, shiftKey: true }))).toBe('previousMatch');
    expect(commandFor(press('F3', 'F3', { altKey: true }))).toBeNull();
  });

  it('gives no two rows the same key', () => {
    const labels = keymap.flatMap((shortcut) => shortcut.keys.map(bindingLabel));
    expect(new Set(labels).size).toBe(labels.length);
  });
});
