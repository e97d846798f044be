import { useEffect, useRef } from 'react';
import { runShortcut, type Command, type Commands } from './keymap';

// Commands that a component owns rather than App (the search box's input), set by useCommand.
const provided: { [C in Command]?: () => void } = {};

/**
 * Handles every shortcut of keymap.ts with one keydown listener on the window,
 * running the commands given here (App's) or set by `useCommand`. A command
 * missing from both is not available: its keys do nothing and reach the browser.
 */
export function useKeymap(commands: Commands): void {
  // The latest commands, so the listener is added once rather than on every render.
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      runShortcut(event, latest.current, provided);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Makes `run` the keymap's `command` while the calling component is mounted: for a command App cannot reach. */
export function useCommand(command: Command, run: () => void): void {
  useEffect(() => {
    provided[command] = run;
    return () => {
      if (provided[command] === run) delete provided[command];
    };
  }, [command, run]);
}
