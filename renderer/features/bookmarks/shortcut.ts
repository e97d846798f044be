/** Which key bookmarks the section in view. */
import { isTextField, latinKey, type KeyPress } from '../search/shortcuts';

/** True for Ctrl/Cmd+D outside text fields (read from the key's position on a Thai layout, where it types "ก"). */
export function isBookmarkShortcut(press: KeyPress & { readonly shiftKey: boolean }): boolean {
  if (press.altKey || press.shiftKey || !(press.ctrlKey || press.metaKey)) return false;
  return latinKey(press) === 'd' && !isTextField(press.target);
}
