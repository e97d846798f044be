import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: for a live region that
 * should speak once typing pauses, not once per keystroke (polite
 * announcements queue up in some screen readers).
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
