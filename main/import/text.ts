/**
 * The raw text export (the bundled article's format): one page a file, read
 * whole, decoded and parsed by the library's own parser. The article's id
 * comes from its title, like every imported page's.
 */
import { decodeArticleBytes } from '../library/decode.js';
import { parseArticle } from '../library/parse.js';
import { maxArticleSourceBytes } from '../library/source.js';
import { articleIdOfTitle } from '../library/title.js';
import { readCapped } from './readCapped.js';
import { ImportRefusal, type ImportInput, type ImportItem } from './types.js';

export async function readTextExport(input: ImportInput, onBytes?: (bytesRead: number) => void): Promise<ImportItem[]> {
  const decoded = decodeArticleBytes(await readCapped(input, maxArticleSourceBytes, onBytes));
  if (!decoded.ok) throw new ImportRefusal(`${input.name}: ${decoded.reason}`);
  const parsed = parseArticle(decoded.text, '');
  if (parsed.title === '') throw new ImportRefusal(`${input.name}: no title (no line has visible text)`);
  return [{ kind: 'article', article: { ...parsed, id: articleIdOfTitle(parsed.title) } }];
}
