/**
 * A cold start, as the app makes one: opens the core on a user-data folder
 * and reads the first article's text (the last read, else the first in the
 * library). Prints the time from the process's start, and from createCore on.
 */
import Conf from 'conf';
import { join, resolve } from 'node:path';
import { createCore } from '../../../main/core.js';

const [userDataDir] = process.argv.slice(2);
if (!userDataDir) throw new Error('usage: coldStart <user-data dir>');
const root = resolve(import.meta.dirname, '../../..');
const coreStarted = performance.now();
const core = createCore({ dataDir: join(root, 'out', 'data'), userDataDir, Store: Conf, program: 'the cold-start bench' });
const last = await core.api.getLastReadingPosition();
const id = last?.articleId ?? (await core.api.listArticles({ offset: 0, limit: 1 })).articles[0]?.id;
const article = await core.api.getArticle(id ?? '');
const text = article.lead[0]?.runs ?? article.sections[0]?.paragraphs[0]?.runs;
if (!text) throw new Error('the first article has no text');
const now = performance.now();
core.close();
// performance.now() counts from the process's start (its time origin).
console.log(JSON.stringify({ processMs: now, coreMs: now - coreStarted }));
