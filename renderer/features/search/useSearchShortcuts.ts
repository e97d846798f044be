import { useCommand } from '../shortcuts/useKeymap';

/**
 * Makes `focusSearch` the keymap's "focusSearch" command (/, Ctrl/Cmd+K, Ctrl/Cmd+F:
 * see features/shortcuts/keymap.ts), for as long as the search box is there.
 */
export function useSearchShortcuts(focusSearch: () => void): void {
  useCommand('focusSearch', focusSearch);
}
