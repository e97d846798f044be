/**
 * Every keyboard shortcut of the reader, in one table: the help overlay lists
 * it and `useKeymap` handles it, so a shortcut cannot work without being
 * listed, nor be listed without a key that runs it.
 */
import type { MessageKey } from '../../i18n/th';
import { matchesBinding, type KeyBinding } from '../../keyboard/bindings';
import type { KeyPress } from '../../keyboard/keys';

/** What a shortcut asks for; App (or the component that owns it, see `useCommand`) says how. */
export type Command =
  | 'nextSection'
  | 'previousSection'
  | 'focusToc'
  | 'focusSearch'
  | 'quickOpen'
  | 'bookmarkSection'
  | 'toggleBookmarks'
  | 'toggleSettings'
  | 'showHelp'
  | 'goBack'
  | 'goForward'
  | 'nextMatch'
  | 'previousMatch';

/** One row of the table. */
export interface Shortcut {
  /** Names the row (unique): a key for the help's list. */
  readonly id: string;
  /** Any of these runs the command; the help shows each, in this order. */
  readonly keys: readonly KeyBinding[];
  /** What the help says the shortcut does. */
  readonly description: MessageKey;
  readonly command: Command;
  /** Runs once per press, not again while the key is held (a held Ctrl+D would bookmark and unbookmark). */
  readonly once?: boolean;
}

/** Every shortcut, in the order the help lists them. */
export const keymap: readonly Shortcut[] = [
  {
    id: 'section.next',
    keys: [{ key: 'j' }, { key: 'n' }, { key: 'ArrowDown', alt: true }],
    description: 'shortcutNextSection',
    command: 'nextSection',
  },
  {
    id: 'section.previous',
    keys: [{ key: 'k' }, { key: 'p' }, { key: 'ArrowUp', alt: true }],
    description: 'shortcutPreviousSection',
    command: 'previousSection',
  },
  // The browser's own keys for back and forward; the app (Electron) has none of its own.
  { id: 'history.back', keys: [{ key: 'ArrowLeft', alt: true }], description: 'shortcutBack', command: 'goBack' },
  { id: 'history.forward', keys: [{ key: 'ArrowRight', alt: true }], description: 'shortcutForward', command: 'goForward' },
  { id: 'toc.focus', keys: [{ key: 't' }], description: 'shortcutToc', command: 'focusToc' },
  {
    id: 'search.focus',
    // Instead of the browser's own find. Shift makes no difference; Ctrl/Cmd+K and +F work from a field too.
    keys: [
      { key: '/', shift: 'either' },
      { key: 'k', primary: true, shift: 'either', inTextFields: true },
      { key: 'f', primary: true, shift: 'either', inTextFields: true },
    ],
    description: 'shortcutSearch',
    command: 'focusSearch',
  },
  {
    id: 'palette.open',
    // Instead of the browser's own print and open-file; from a text field too.
    keys: [
      { key: 'p', primary: true, inTextFields: true },
      { key: 'o', primary: true, inTextFields: true },
    ],
    description: 'shortcutQuickOpen',
    command: 'quickOpen',
  },
  {
    id: 'bookmark.section',
    // Instead of the browser's own "bookmark this page".
    keys: [{ key: 'd', primary: true }],
    description: 'shortcutBookmarkSection',
    command: 'bookmarkSection',
    once: true,
  },
  { id: 'bookmarks.toggle', keys: [{ key: 'b' }], description: 'shortcutBookmarks', command: 'toggleBookmarks' },
  {
    id: 'settings.toggle',
    keys: [{ key: ',' }, { key: 's' }],
    description: 'shortcutSettings',
    command: 'toggleSettings',
  },
  {
    id: 'match.next',
    // Instead of the browser's own "find next", which would search the page, not these matches; also from the search box.
    keys: [
      { key: 'F3', inTextFields: true },
      { key: 'g', primary: true, inTextFields: true },
    ],
    description: 'shortcutNextMatch',
    command: 'nextMatch',
  },
  {
    id: 'match.previous',
    keys: [
      { key: 'F3', shift: true, inTextFields: true },
      { key: 'g', primary: true, shift: true, inTextFields: true },
    ],
    description: 'shortcutPreviousMatch',
    command: 'previousMatch',
  },
  // Shift types "?" on most layouts, and some type it without.
  { id: 'help.show', keys: [{ key: '?', shift: 'either' }], description: 'shortcutHelp', command: 'showHelp' },
];

/** A key press as the table reads it; `repeat` is true while the key is held down. */
export interface ShortcutPress extends KeyPress {
  readonly repeat?: boolean;
}

/**
 * The command a key press asks for, or null. Letters and punctuation are read
 * from their position on a Thai layout; no plain key fires while typing in a
 * text field, and no binding fires with a modifier it does not use.
 */
export function commandFor(press: ShortcutPress): Command | null {
  for (const shortcut of keymap) {
    if (shortcut.once && press.repeat) continue;
    if (shortcut.keys.some((binding) => matchesBinding(binding, press))) return shortcut.command;
  }
  return null;
}

/** What each command does, where it can be done now; a command left out is not available, and its keys do nothing. */
export type Commands = { readonly [C in Command]?: () => void };

/** A key event as the keymap handles it (a KeyboardEvent is one). */
export interface ShortcutEvent extends ShortcutPress {
  readonly defaultPrevented: boolean;
  readonly isComposing: boolean;
  preventDefault(): void;
}

/**
 * Runs the command `event` asks for, from the first of `sources` that has it,
 * and then keeps the browser from doing anything else with the key. Nothing
 * while an input method is composing, or when an earlier handler has taken
 * the key; an unavailable command leaves the key to the browser.
 * Returns whether a command ran.
 */
export function runShortcut(event: ShortcutEvent, ...sources: readonly Commands[]): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const command = commandFor(event);
  const run = command && sources.map((commands) => commands[command]).find((found) => found !== undefined);
  if (!run) return false;
  event.preventDefault();
  run();
  return true;
}
