/**
 * Every CLI subcommand, in the order usage lists them. A new command is one file and one line here.
 */
import type { Command } from './command.js';
import { importCommand, listCommand, removeCommand } from './library.js';
import { parseCommand } from './parse.js';
import { searchCommand } from './search.js';

/** The command table. */
export const commands: readonly Command[] = [importCommand, listCommand, removeCommand, searchCommand, parseCommand];
