import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Open state of the settings panel. */
export interface SettingsPanelState {
  readonly open: boolean;
  /** The header button, which gets focus back when the panel closes. */
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  toggle(): void;
  close(): void;
}

/** Owns the panel's open state; Escape closes it and puts focus back on the header button. */
export function useSettingsPanel(): SettingsPanelState {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  const toggle = useCallback(() => {
    // Closing from the keyboard shortcut while focus is inside must not strand it in a removed panel.
    if (open) close();
    else setOpen(true);
  }, [open, close]);
  return { open, buttonRef, toggle, close };
}
