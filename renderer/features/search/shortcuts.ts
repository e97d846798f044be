/** Which keys focus the search box. */

/** The parts of a KeyboardEvent the shortcuts look at. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
}

/**
 * True for Ctrl/Cmd+F, Ctrl/Cmd+K, and `/` outside a text field.
 * On a Thai layout the F key types "ด" and the slash key "ฝ", so a key that
 * is not ASCII is read from its physical position instead.
 */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  const key = latinKey(press);
  if (press.ctrlKey || press.metaKey) return key === 'f' || key === 'k';
  return key === '/' && !isTextField(press.target);
}

/** The key as ASCII: its character, or on a non-Latin layout the key at that position. */
export function latinKey({ key, code }: KeyPress): string {
  if (/^[\x20-\x7e]$/.test(key)) return key.toLowerCase();
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  return code === 'Slash' ? '/' : key;
}

/** True where typing enters text, so `/` must stay a character. */
export function isTextField(target: EventTarget | null): boolean {
  // Read by shape, not `instanceof HTMLElement`, so the rule also runs in Node unit tests.
  const element = target as Partial<HTMLElement> | null;
  if (!element) return false;
  return element.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName ?? '');
}
