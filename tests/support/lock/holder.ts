/**
 * A second process for the folder-lock tests: takes the lock on the folder
 * given, says "locked", and holds it until it is killed or its stdin closes.
 *
 * usage: node --import tsx holder.ts <dir>
 */
import { lockFolder } from '../../../main/store/folderLock.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: holder <dir>');
lockFolder(dir, 'the lock-test holder');
process.stdout.write('locked\n');
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
