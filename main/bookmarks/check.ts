/** The runtime shape of a stored bookmark, for the ones that come back from outside (undo, import). */
import { isoDate, nullable, oneOf, record, string, text, wholeNumber, type ArgCheck } from '../args.js';
import { ApiError, type Bookmark, type BookmarkAnchor, type BookmarkKind, type Quote } from '../contract.js';

export const maxNameLength = 200;
export const maxNoteLength = 10_000;
const maxTextLength = 10_000;
const maxIdLength = 200;

const kinds: readonly BookmarkKind[] = ['section', 'paragraph', 'passage'];

const quote = record<Quote>({ text: text(maxTextLength), prefix: string(maxTextLength), suffix: string(maxTextLength) });

const anchor = record<BookmarkAnchor>({
  articleId: text(maxIdLength),
  sectionId: text(maxIdLength),
  paragraph: nullable(wholeNumber(0, 1_000_000)),
  quote: nullable(quote),
  context: string(maxTextLength),
});

/** Checks a whole bookmark, including that its kind agrees with its anchor. */
export const checkBookmark: ArgCheck<Bookmark> = (value, name) => {
  const bookmark = record<Bookmark>({
    id: text(maxIdLength),
    kind: oneOf(kinds),
    anchor,
    name: string(maxNameLength),
    note: string(maxNoteLength),
    createdAt: isoDate,
    updatedAt: isoDate,
  })(value, name);
  const expected: BookmarkKind =
    bookmark.anchor.quote !== null ? 'passage' : bookmark.anchor.paragraph === null ? 'section' : 'paragraph';
  if (bookmark.kind !== expected || (expected === 'passage' && bookmark.anchor.paragraph === null)) {
    throw new ApiError('bad-request', `${name}.kind "${bookmark.kind}" does not agree with its anchor`);
  }
  return bookmark;
};
