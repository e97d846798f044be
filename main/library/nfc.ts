/**
 * The library keeps text in Unicode's composed form (NFC), whatever the
 * importer read: search's prefilter compares a query's folded (NFC) terms
 * with the stored text directly (search/library/sectionSearch.ts), and Thai
 * marks typed in another order would otherwise hide a match.
 */
import type { Article, Paragraph, Run } from '../../common/article.js';

const nfc = (text: string) => text.normalize('NFC');

function nfcRun(run: Run): Run {
  if ('link' in run) return { text: nfc(run.text), link: run.link };
  return 'text' in run ? { text: nfc(run.text) } : run;
}

function nfcParagraph(paragraph: Paragraph): Paragraph {
  return { ...paragraph, runs: paragraph.runs.map(nfcRun) };
}

export function nfcArticle(article: Article): Article {
  return {
    ...article,
    title: nfc(article.title),
    lead: article.lead.map(nfcParagraph),
    sections: article.sections.map((section) => ({ ...section, heading: nfc(section.heading), paragraphs: section.paragraphs.map(nfcParagraph) })),
  };
}
