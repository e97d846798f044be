/**
 * `aksorn parse <file>`: prints one article text file as Article JSON.
 */
import { readArticleSource } from '../../main/library/source.js';
import type { Command } from './command.js';

/** The `parse` command. */
export const parseCommand: Command = {
  name: 'parse',
  usage: 'parse <file>',
  summary: 'Parse a Wikipedia text export and print the article as JSON',
  options: {},
  arguments: ['file'],
  run({ positionals: [file = ''] }, io) {
    io.out(`${JSON.stringify(readArticleSource(file), null, 2)}\n`);
  },
};
