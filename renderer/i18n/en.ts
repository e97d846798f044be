import type { Messages } from './th';

/** The English message table; typed as `Messages` so a missing or extra key fails to compile. */
export const en: Messages = {
  appName: 'อักษร Aksorn',
  skipToContent: 'Skip to content',
  languageLabel: 'Interface language',
  languageThai: 'ไทย',
  languageEnglish: 'English',
  languageSaveFailed: 'Could not save the language setting',
  tocTitle: 'Contents',
  tocLabel: 'Table of contents',
  tocToggle: 'Contents',
  tocClose: 'Close contents',
  loadingArticle: 'Loading the article…',
  loadFailed: 'Could not load the article',
  retry: 'Try again',
  libraryEmpty: 'The library has no articles yet',
  citationTooltip: 'Reference {number}: the reference list is not included in this copy',
  citationNeeded: 'citation needed',
  citationNeededTooltip: 'This statement has no source yet',
  referencesMissing:
    'The reference list is not included in this copy. Numbers in square brackets point to the sources of the original article.',
  copyLink: 'Copy link to “{heading}”',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy automatically. Copy this link yourself:',
  copyField: 'Link to “{heading}”',
  dismiss: 'Close',
};
