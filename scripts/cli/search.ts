/**
 * `aksorn search [--json] [--limit N] [--user-data DIR] <query>`: searches the
 * library in the user-data folder (the app's own by default) and prints the
 * articles whose titles match, then the hits by rank.
 */
import type { SearchHit } from '../../common/search.js';
import { limits } from '../../common/limits.js';
import { createSearchEngine } from '../../main/search/searchEngine.js';
import { defaultSearchLimit } from '../../main/search/search.js';
import { UsageError, type Command } from './command.js';
import { userDataDirOf, userDataOption, withUserData } from './userData.js';

/** The `search` command. */
export const searchCommand: Command = {
  name: 'search',
  usage: 'search [--json] [--limit N] [--user-data DIR] <query>',
  summary: `Search the library; --json prints the hits as JSON (default limit ${defaultSearchLimit})`,
  options: { json: { type: 'boolean' }, limit: { type: 'string' }, ...userDataOption },
  arguments: ['query'],
  lastArgumentTakesRest: true,
  async run({ values, positionals: [query = ''] }, io) {
    const limit = values.limit === undefined ? defaultSearchLimit : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > limits.searchHits) {
      throw new UsageError(`--limit must be a whole number from 1 to ${limits.searchHits}`, searchCommand);
    }
    const { titles, hits, total, articles, exact } = await withUserData(userDataDirOf(values, searchCommand), ({ db }) =>
      createSearchEngine(db).search(query, { limit }),
    );
    if (values.json === true) {
      io.out(`${JSON.stringify(hits.map(toJson), null, 2)}\n`);
      return;
    }
    for (const { title, alias, articleId } of titles) io.out(`title: ${title}${alias === undefined ? '' : ` (as ${alias})`}  [${articleId}]\n`);
    const counted = `${exact ? '' : 'more than '}${total} section(s) in ${articles} article(s)`;
    io.out(`${counted}${total > hits.length ? `, showing ${hits.length}` : ''}\n`);
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
