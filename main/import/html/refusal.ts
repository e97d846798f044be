/** The one-line refusals of the HTML importer. */
import { ImportRefusal } from '../types.js';

/** "page.html: reason", with any line break in the file name shown as a space so the message stays one line. */
export function refusal(name: string, reason: string): ImportRefusal {
  return new ImportRefusal(`${name.replace(/\p{Cc}+/gu, ' ')}: ${reason}`);
}
