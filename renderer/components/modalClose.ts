import type { KeyboardEvent, SyntheticEvent } from 'react';

/**
 * The handlers a modal <dialog> closes by: Escape is its alone (the panels
 * behind it must not close too), and the browser's own cancel is left to
 * React, which unmounts the dialog (closing it and restoring focus).
 */
export function modalClose(onClose: () => void) {
  return {
    onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
      if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
    },
    onCancel(event: SyntheticEvent<HTMLDialogElement>) {
      event.preventDefault();
      onClose();
    },
  };
}
