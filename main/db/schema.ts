/**
 * The library database's tables. Each step takes the database from one
 * `user_version` to the next; a database from a newer Aksorn is refused
 * rather than guessed at.
 */

/** steps[n] takes a database at version n to version n + 1. */
export const schemaSteps: readonly string[] = [
  `
  -- Every article, in the order it entered the library (rowid). Its text is
  -- kept once, plain, per section (what search reads); body is the rest of
  -- the model, compressed, referring to that text by length (library/body.ts).
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL UNIQUE,
    lang TEXT NOT NULL,
    source TEXT NOT NULL,
    origin TEXT NOT NULL,
    size INTEGER NOT NULL,
    section_count INTEGER NOT NULL,
    hash TEXT NOT NULL,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    body BLOB NOT NULL
  );
  CREATE TABLE sections (
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article, ord)
  );
  -- Other titles of an article (redirects), by key; the target may arrive later.
  CREATE TABLE aliases (
    key TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    target_key TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX aliases_by_target ON aliases (target_key);
  -- A bookmark outlives its article: it is shown as missing until the article returns.
  CREATE TABLE bookmarks (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX bookmarks_by_article ON bookmarks (article_id);
  CREATE TABLE reading_positions (
    article_id TEXT PRIMARY KEY,
    section_id TEXT NOT NULL,
    progress REAL NOT NULL,
    read_at TEXT NOT NULL,
    seq INTEGER NOT NULL
  );
  CREATE INDEX positions_by_time ON reading_positions (read_at, seq);
  -- Facts about the database itself (what was migrated from where, and when).
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  `
  -- Where search will find its candidates: each section's folded heading and
  -- text (common/fold.ts) as trigrams, under the section's rowid. Contentless:
  -- the text is the sections' own, so the index adds only its postings (0.41 ×
  -- the text). Its segments are not merged while rows go in — that held the
  -- write lock for up to 0.7 s — but a little after each import batch
  -- (import/run.ts), in a transaction of its own.
  CREATE VIRTUAL TABLE section_grams USING fts5(text, content='', contentless_delete=1, tokenize='trigram', detail='none');
  INSERT INTO section_grams (section_grams, rank) VALUES ('automerge', 0);
  INSERT INTO section_grams (section_grams, rank) VALUES ('crisismerge', 64);
  INSERT INTO section_grams (rowid, text) SELECT rowid, aksorn_fold(heading) || char(10) || aksorn_fold(text) FROM sections;
  `,
  `
  -- The trigrams again, with their positions (detail=full), so that a term is
  -- a phrase of its trigrams and the candidates are nearly exactly the
  -- matches: with trigrams ANDed, most candidates of a term made of common
  -- trigrams were not matches (npm run bench). 1.4 × the text instead of 0.4 ×.
  DROP TABLE section_grams;
  CREATE VIRTUAL TABLE section_grams USING fts5(text, content='', contentless_delete=1, tokenize='trigram', detail='full');
  INSERT INTO section_grams (section_grams, rank) VALUES ('automerge', 0);
  INSERT INTO section_grams (section_grams, rank) VALUES ('crisismerge', 64);
  INSERT INTO section_grams (rowid, text) SELECT rowid, aksorn_fold(heading) || char(10) || aksorn_fold(text) FROM sections;
  -- Two-character terms, which trigrams cannot find: each section's distinct
  -- pairs of adjacent characters as tokens (search/library/indexText.ts),
  -- under the section's rowid, merged like section_grams.
  CREATE VIRTUAL TABLE section_pairs USING fts5(pairs, content='', contentless_delete=1, tokenize='ascii', detail='none');
  INSERT INTO section_pairs (section_pairs, rank) VALUES ('automerge', 0);
  INSERT INTO section_pairs (section_pairs, rank) VALUES ('crisismerge', 64);
  INSERT INTO section_pairs (rowid, pairs) SELECT rowid, aksorn_pairs(aksorn_fold(heading) || char(10) || aksorn_fold(text)) FROM sections;
  -- Which fold hazards (common/fold.ts) a section's text holds: where it has
  -- none, search finds a plain term in the stored text without folding it.
  -- (Like the indexes, it is what this fold makes: a change to fold needs a step.)
  ALTER TABLE sections ADD COLUMN hazards INTEGER NOT NULL DEFAULT 3;
  UPDATE sections SET hazards = aksorn_fold_hazards(heading || char(10) || text);
  -- Titles and redirect titles, folded, so that a query lists the articles it
  -- names first. Small enough to keep their text: a 2-character term is a scan.
  CREATE TABLE aliases_by_rowid (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    target_key TEXT NOT NULL
  );
  INSERT INTO aliases_by_rowid (key, title, target_key) SELECT key, title, target_key FROM aliases;
  DROP TABLE aliases;
  ALTER TABLE aliases_by_rowid RENAME TO aliases;
  CREATE INDEX aliases_by_target ON aliases (target_key);
  CREATE VIRTUAL TABLE title_grams USING fts5(folded, tokenize='trigram', detail='none');
  INSERT INTO title_grams (rowid, folded) SELECT rowid, aksorn_fold(title) FROM articles;
  CREATE VIRTUAL TABLE alias_grams USING fts5(folded, tokenize='trigram', detail='none');
  INSERT INTO alias_grams (rowid, folded) SELECT rowid, aksorn_fold(title) FROM aliases;
  -- What leaves the library leaves its indexes, however it is deleted (an
  -- article's sections go with it by cascade, which fires these too).
  CREATE TRIGGER sections_leave_index AFTER DELETE ON sections BEGIN
    DELETE FROM section_grams WHERE rowid = old.rowid;
    DELETE FROM section_pairs WHERE rowid = old.rowid;
  END;
  CREATE TRIGGER articles_leave_index AFTER DELETE ON articles BEGIN
    DELETE FROM title_grams WHERE rowid = old.rowid;
  END;
  CREATE TRIGGER aliases_leave_index AFTER DELETE ON aliases BEGIN
    DELETE FROM alias_grams WHERE rowid = old.rowid;
  END;
  `,
  `
  -- The titles of articles that left the library, by id, so that a bookmark of
  -- one still names it ("missing", under the title it had) until it returns.
  -- Kept as an article leaves rather than with every article written: the
  -- table holds only what is gone (a title per removed article, not one per
  -- article of 170,000), the import writes nothing more, and triggers catch
  -- every way an article is deleted or comes back. Beside the bookmarks, not
  -- in them: a bookmark's stored shape, and so the export format, stay as
  -- they are. (Titles of articles removed before this step are not known.)
  CREATE TABLE removed_articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TRIGGER articles_remember_title AFTER DELETE ON articles BEGIN
    INSERT INTO removed_articles (id, title) VALUES (old.id, old.title)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title;
  END;
  CREATE TRIGGER articles_come_back AFTER INSERT ON articles BEGIN
    DELETE FROM removed_articles WHERE id = new.id;
  END;
  `,
];

export const schemaVersion = schemaSteps.length;
