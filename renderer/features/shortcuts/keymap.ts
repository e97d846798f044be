/** The reader's keyboard shortcuts: one table from keys to actions, read by the handler and the help overlay. */
import type { MessageKey } from '../../i18n/th';
import { isTextField, latinKey, type KeyPress } from '../search/shortcuts';

/** What a shortcut does. */
export type ShortcutAction =
  | 'nextSection'
  | 'previousSection'
  | 'focusToc'
  | 'search'
  | 'bookmarkSection'
  | 'toggleBookmarks'
  | 'toggleSettings'
  | 'showHelp';

/** A key press as the table matches it: the key read as ASCII, and the modifiers. */
export interface ShortcutPress extends KeyPress {
  readonly shiftKey: boolean;
}

interface Binding {
  /** The key as `latinKey` reads it. */
  readonly key: string;
  readonly alt?: boolean;
  /** Ctrl on Windows and Linux, Cmd on macOS: either is accepted. */
  readonly primary?: boolean;
  /** Shift may be held: for keys typed with it (like "?"), where Shift is part of the character. */
  readonly shift?: boolean;
}

/** One row of the table: an action, its keys, and the keys as the help overlay shows them. */
export interface Shortcut {
  readonly action: ShortcutAction;
  readonly bindings: readonly Binding[];
  readonly keys: readonly string[];
  readonly description: MessageKey;
  /** True where another feature already listens (search, bookmark): listed for help, not handled here. */
  readonly handledElsewhere?: boolean;
}

/** Every shortcut, in the order the help overlay lists them. */
export const shortcuts: readonly Shortcut[] = [
  {
    action: 'nextSection',
    bindings: [{ key: 'j' }, { key: 'n' }, { key: 'ArrowDown', alt: true }],
    keys: ['J', 'N', 'Alt+↓'],
    description: 'shortcutNextSection',
  },
  {
    action: 'previousSection',
    bindings: [{ key: 'k' }, { key: 'p' }, { key: 'ArrowUp', alt: true }],
    keys: ['K', 'P', 'Alt+↑'],
    description: 'shortcutPreviousSection',
  },
  { action: 'focusToc', bindings: [{ key: 't' }], keys: ['T'], description: 'shortcutToc' },
  {
    action: 'search',
    bindings: [{ key: '/' }, { key: 'k', primary: true }, { key: 'f', primary: true }],
    keys: ['/', 'Ctrl+K', 'Ctrl+F'],
    description: 'shortcutSearch',
    handledElsewhere: true,
  },
  {
    action: 'bookmarkSection',
    bindings: [{ key: 'd', primary: true }],
    keys: ['Ctrl+D'],
    description: 'shortcutBookmarkSection',
    handledElsewhere: true,
  },
  { action: 'toggleBookmarks', bindings: [{ key: 'b' }], keys: ['B'], description: 'shortcutBookmarks' },
  { action: 'toggleSettings', bindings: [{ key: ',' }, { key: 's' }], keys: [',', 'S'], description: 'shortcutSettings' },
  { action: 'showHelp', bindings: [{ key: '?', shift: true }], keys: ['?'], description: 'shortcutHelp' },
];

/**
 * The action a key press asks for, or null. Never while typing in a field,
 * and never with a modifier the binding does not use. Letters are read from
 * their position on a Thai layout (where J types "่"), like the other shortcuts.
 */
export function shortcutAction(press: ShortcutPress): ShortcutAction | null {
  if (isTextField(press.target)) return null;
  const key = pressedKey(press);
  for (const shortcut of shortcuts) {
    if (shortcut.handledElsewhere) continue;
    if (shortcut.bindings.some((binding) => matches(binding, key, press))) return shortcut.action;
  }
  return null;
}

function pressedKey(press: ShortcutPress): string {
  if (press.key.startsWith('Arrow')) return press.key;
  // "?" is Shift+/ on US and Thai layouts alike; on a Thai layout "," types "ม".
  if (press.shiftKey && press.code === 'Slash') return '?';
  if (press.code === 'Comma' && !/^[\x20-\x7e]$/.test(press.key)) return ',';
  return latinKey(press);
}

function matches(binding: Binding, key: string, press: ShortcutPress): boolean {
  return (
    binding.key === key &&
    press.altKey === (binding.alt ?? false) &&
    (press.ctrlKey || press.metaKey) === (binding.primary ?? false) &&
    (binding.shift === true || !press.shiftKey)
  );
}
