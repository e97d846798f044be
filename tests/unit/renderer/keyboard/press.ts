/** A key press for tests: no modifiers, no target, unless `more` says so. */
import type { ShortcutPress } from '../../../../renderer/features/shortcuts/keymap';

export const press = (key: string, code: string, more: Partial<ShortcutPress> = {}): ShortcutPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: null,
  ...more,
});
