/**
 * The library commands: `aksorn import <file…>`, `aksorn list [--json]`,
 * `aksorn remove <id>`, each on `--user-data DIR` (default: the app's own).
 */
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readItems } from '../../main/import/readers.js';
import { runImport } from '../../main/import/run.js';
import { createLibrary } from '../../main/library/library.js';
import { ProgressBar } from './progress.js';
import { UsageError, type Command } from './command.js';
import { userDataDirOf, userDataOption, withUserData } from './userData.js';

export const importCommand: Command = {
  name: 'import',
  usage: 'import [--user-data DIR] <file…>',
  summary: 'Import text exports, saved Wikipedia pages (.html) and MediaWiki dumps (.xml, .xml.bz2) into the library',
  options: { ...userDataOption },
  arguments: ['file'],
  lastArgumentRepeats: true,
  async run({ values, positionals }, io) {
    const dir = userDataDirOf(values, importCommand);
    const files = positionals.map((path) => ({ name: basename(path), path: resolve(path) }));
    for (const file of files) {
      try {
        statSync(file.path);
      } catch {
        throw new UsageError(`no such file: ${file.path}`, importCommand);
      }
    }
    const controller = new AbortController();
    // Ctrl+C stops between two articles: what was imported stays, whole.
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    const bar = new ProgressBar(io.err);
    try {
      const counts = await withUserData(dir, ({ db }) =>
        runImport({ db, files, read: readItems, signal: controller.signal, onProgress: (progress) => bar.update(progress) }),
      );
      bar.end();
      const problems = bar.problems;
      for (const problem of problems) io.err(`skipped: ${problem.file}${problem.title ? ` › ${problem.title}` : ''}: ${problem.reason}\n`);
      const parts = [`${counts.imported} imported`, `${counts.updated} updated`, `${counts.unchanged} unchanged`, `${counts.aliases} redirects`, `${counts.skipped} skipped`];
      io.out(`${controller.signal.aborted ? 'cancelled: ' : ''}${parts.join(', ')} into ${dir}\n`);
    } finally {
      process.off('SIGINT', stop);
    }
  },
};

export const listCommand: Command = {
  name: 'list',
  usage: 'list [--json] [--user-data DIR]',
  summary: 'List the articles in the library; --json prints an array of { id, title, source, … }',
  options: { json: { type: 'boolean' }, ...userDataOption },
  arguments: [],
  async run({ values }, io) {
    await withUserData(userDataDirOf(values, listCommand), async ({ db }) => {
      const library = createLibrary({ db });
      const page = 1000;
      const json = values.json === true;
      if (json) io.out('[');
      let first = true;
      for (let offset = 0; ; offset += page) {
        const { articles } = await library.list(offset, page);
        for (const article of articles) {
          if (json) {
            io.out(`${first ? '\n' : ',\n'}  ${JSON.stringify(article)}`);
          } else {
            io.out(`${article.id}\t${article.title}\t${article.source}\t${article.size}\t${article.addedAt}\n`);
          }
          first = false;
        }
        if (articles.length < page) break;
      }
      if (json) io.out(first ? ']\n' : '\n]\n');
    });
  },
};

export const removeCommand: Command = {
  name: 'remove',
  usage: 'remove [--user-data DIR] <id>',
  summary: 'Remove an imported article from the library (its bookmarks stay, shown as missing)',
  options: { ...userDataOption },
  arguments: ['id'],
  async run({ values, positionals: [id = ''] }, io) {
    await withUserData(userDataDirOf(values, removeCommand), async ({ db }) => {
      const library = createLibrary({ db });
      const article = await library.get(id);
      await library.remove(id);
      io.out(`removed ${article.id} (${article.title})\n`);
    });
  },
};
