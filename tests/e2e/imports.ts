/** Importing articles through the library panel, for specs that need a library of more than one. */
import { expect } from './fixtures';
import type { LibraryPanel, TestFile } from './pages/LibraryPanel';

/** Imports files through the library panel, waits until every page is in, and closes the panel. */
export async function importArticles(library: LibraryPanel, files: readonly TestFile[], pages: number): Promise<void> {
  await library.open();
  await library.importFiles(files);
  const summary = library.summaries.first();
  await expect(library.summaryText(summary)).toHaveText(new RegExp(`^นำเข้า ${pages} · `), { timeout: 30_000 });
  await library.closeButton.click();
  await expect(library.panel).toHaveCount(0);
}

/** A text export: the title, a lead, and one section per `[heading, text]`. */
export function textExport(name: string, title: string, lead: string, sections: readonly (readonly [string, string])[]): TestFile {
  const text = [title, '', lead, '', ...sections.flatMap(([heading, body]) => [`${heading} แก้`, '', body, ''])].join('\n');
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
}
