/** Importing articles from home, and the files to import, for specs that need a library of more than one. */
import { expect } from './fixtures';
import type { HomePage, TestFile } from './pages/HomePage';

/**
 * Imports files from home, waits until every page is in, and goes back to the
 * article that was shown before (where the reader was in it), so a spec goes
 * on reading as if it had never left.
 */
export async function importArticles(library: HomePage, files: readonly TestFile[], pages: number): Promise<void> {
  const shown = library.page.locator('article[data-ready="true"]').getByRole('heading', { level: 1 });
  const title = (await shown.count()) > 0 ? await shown.textContent() : null;
  await library.open();
  await library.importFiles(files);
  const summary = library.summaries.first();
  await expect(library.summaryText(summary)).toHaveText(new RegExp(`^นำเข้า ${pages} · `), { timeout: 30_000 });
  if (title === null) return;
  await library.page.goBack();
  await expect(library.view).toHaveCount(0);
  await expect(shown).toHaveText(title);
}

/** A text export: the title, a lead, and one section per `[heading, text]`. */
export function textExport(name: string, title: string, lead: string, sections: readonly (readonly [string, string])[]): TestFile {
  const text = [title, '', lead, '', ...sections.flatMap(([heading, body]) => [`${heading} แก้`, '', body, ''])].join('\n');
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
}
/** A MediaWiki XML dump of `pages`: each `{title, text}` an article, or `{title, redirect}` a redirect to another. */
export function wikiDump(name: string, pages: readonly ({ title: string; text: string } | { title: string; redirect: string })[]): TestFile {
  const xmlPages = pages.map(
    (page, index) => `  <page>
    <title>${page.title}</title>
    <ns>0</ns>
    <id>${index + 1}</id>
    <revision>
      <id>${index + 1000}</id>
      <text xml:space="preserve">${'redirect' in page ? `#REDIRECT [[${page.redirect}]]` : page.text}</text>
    </revision>
  </page>`,
  );
  const xml = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xml:lang="th">
  <siteinfo>
    <sitename>วิกิพีเดีย</sitename>
    <dbname>thwiki</dbname>
    <namespaces><namespace key="0" case="first-letter" /></namespaces>
  </siteinfo>
${xmlPages.join('\n')}
</mediawiki>`;
  return { name, mimeType: 'application/xml', buffer: Buffer.from(xml) };
}
