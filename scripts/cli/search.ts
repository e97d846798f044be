/**
 * `aksorn search [--json] [--limit N] <query>`: searches the built library
 * (building it first when the sources changed) and prints the hits by rank.
 */
import { resolve } from 'node:path';
import { readBuiltData } from '../../main/built.js';
import type { SearchHit } from '../../common/search.js';
import { limits } from '../../common/limits.js';
import { createSearch, defaultSearchLimit } from '../../main/search/search.js';
import { buildIfNeeded, buildTargets } from '../build-if-needed.js';
import { UsageError, type Command } from './command.js';

const root = resolve(import.meta.dirname, '../..');

/** The `search` command. */
export const searchCommand: Command = {
  name: 'search',
  usage: 'search [--json] [--limit N] <query>',
  summary: `Search every bundled article; --json prints the hits as JSON (default limit ${defaultSearchLimit})`,
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  arguments: ['query'],
  lastArgumentTakesRest: true,
  run({ values, positionals: [query = ''] }, io) {
    const limit = values.limit === undefined ? defaultSearchLimit : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > limits.searchHits) {
      throw new UsageError(`--limit must be a whole number from 1 to ${limits.searchHits}`, searchCommand);
    }
    buildIfNeeded(root, buildTargets.data);
    const { articles, searchIndex } = readBuiltData(resolve(root, 'out/data'));
    const { hits, total } = createSearch(articles, searchIndex).search(query, { limit });
    if (values.json === true) {
      io.out(`${JSON.stringify(hits.map(toJson), null, 2)}\n`);
      return;
    }
    io.out(`${total} section(s) found${total > hits.length ? `, showing ${hits.length}` : ''}\n`);
    hits.forEach((hit, i) => {
      const { pre, match, post } = hit.excerpt;
      io.out(`${i + 1}. ${hit.heading}  [${hit.articleId}#${hit.sectionId}]  score ${hit.score}\n   ${pre}«${match}»${post}\n`);
    });
  },
};

/** The documented JSON shape of one hit. */
function toJson({ articleId, sectionId, heading, score, excerpt }: SearchHit) {
  return { articleId, sectionId, heading, score, excerpt };
}
