/** A key combination as data: whether a press matches it, and how to show it. */
import { isPrimary, isTextField, latinKey, type KeyPress } from './keys';

export interface KeyBinding {
  /** The key as `latinKey` reads it: a lower-case letter, a character ("/", "?"), or a key name ("ArrowDown"). */
  readonly key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS: either is accepted, and shown as "Ctrl". */
  readonly primary?: boolean;
  readonly alt?: boolean;
  /**
   * Shift must not be held (the default), must be (`true`), or may be (`'either'`):
   * for characters typed with it on some layouts ("?"), or chords where it makes no difference.
   */
  readonly shift?: boolean | 'either';
  /** Also with focus in a text field (Ctrl+F in the search box); otherwise the key there is typing. */
  readonly inTextFields?: boolean;
}

/** True when `press` is `binding`: the same key, exactly its modifiers, and a focus it fires in. */
export function matchesBinding(binding: KeyBinding, press: KeyPress): boolean {
  const shift = binding.shift ?? false;
  return (
    latinKey(press) === binding.key &&
    isPrimary(press) === (binding.primary ?? false) &&
    press.altKey === (binding.alt ?? false) &&
    (shift === 'either' || press.shiftKey === shift) &&
    (binding.inTextFields === true || !isTextField(press.target))
  );
}

const keyNames: Readonly<Record<string, string>> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/** The binding as the help shows it: "Ctrl+K", "Alt+↓", "J", "?". */
export function bindingLabel(binding: KeyBinding): string {
  const key = keyNames[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  return [binding.primary && 'Ctrl', binding.alt && 'Alt', binding.shift === true && 'Shift', key].filter(Boolean).join('+');
}
