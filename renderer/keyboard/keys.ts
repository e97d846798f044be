/** Reading a key press the same way on any keyboard layout, platform and focus. */

/** The parts of a KeyboardEvent that key handling looks at (a KeyboardEvent is one). */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly target: EventTarget | null;
}

// Punctuation keys whose character on a Thai layout is a Thai letter ("," types "ม", "/" types "ฝ").
const punctuationCodes: Readonly<Record<string, string>> = { Comma: ',', Slash: '/' };

/**
 * The key as ASCII: its character (lower-cased), or on a non-Latin layout the
 * key at that position (on a Thai layout J types "่" and still reads "j").
 * Keys that type no character read as their name: "ArrowDown", "F3".
 */
export function latinKey({ key, code }: Pick<KeyPress, 'key' | 'code'>): string {
  if (/^[\x20-\x7e]$/.test(key)) return key.toLowerCase();
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  return punctuationCodes[code] ?? key;
}

/** The platform's command modifier: Ctrl on Windows and Linux, Cmd on macOS. Either is accepted everywhere. */
export function isPrimary({ ctrlKey, metaKey }: Pick<KeyPress, 'ctrlKey' | 'metaKey'>): boolean {
  return ctrlKey || metaKey;
}

/** True where typing enters text, so a plain key there is a character, not a shortcut. */
export function isTextField(target: EventTarget | null): boolean {
  // Read by shape, not `instanceof HTMLElement`, so the rule also runs in Node unit tests.
  const element = target as Partial<HTMLElement> | null;
  if (!element) return false;
  return element.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName ?? '');
}
