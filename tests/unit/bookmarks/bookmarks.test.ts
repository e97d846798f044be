import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBookmarks } from '../../../main/bookmarks/bookmarks.js';
import type { Article } from '../../../common/article.js';
import { compareOrder, type BookmarkChange, type NewBookmark } from '../../../common/bookmarks.js';
import { ApiError } from '../../../common/envelope.js';
import { limits } from '../../../common/limits.js';
import { BookmarkRows } from '../../../main/bookmarks/bookmarkRows.js';
import { createLibrary, placeBundled } from '../../../main/library/library.js';
import { openTestUserData, sampleArticle } from '../fixtures.js';

const section = (over: Partial<NewBookmark> = {}): NewBookmark => ({
  articleId: 'sample',
  sectionId: 'ประวัติ',
  paragraph: null,
  range: null,
  name: '',
  note: '',
  ...over,
});

/** A bookmark service over a library of just `articles`, with its data in `dir`, a fixed clock and counted ids. */
function open(dir: string, articles: readonly Article[] = [sampleArticle]) {
  let id = 0;
  let clock = Date.parse('2026-11-26T10:00:00.000Z');
  const { db } = openTestUserData(dir);
  db.exec('DELETE FROM articles');
  placeBundled(db, articles, new Date(0));
  return createBookmarks({
    rows: new BookmarkRows(db),
    library: createLibrary({ db }),
    now: () => new Date((clock += 1000)),
    newId: () => `b${++id}`,
  });
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'aksorn-bookmarks-'));

/** The one bookmark a change saved. */
const savedBy = (change: BookmarkChange) => {
  const [saved] = change.saved;
  if (!saved || change.saved.length !== 1) throw new Error('expected one saved bookmark');
  return saved;
};

describe('bookmarks', () => {
  it('adds a bookmark whose label is the heading until it is named, and answers what changed', async () => {
    const bookmarks = open(tempDir());
    const added = await bookmarks.add(section({ note: 'อ่านอีกครั้ง' }));
    expect(added.removed).toEqual([]);
    expect(savedBy(added)).toMatchObject({ id: 'b1', kind: 'section', name: '', label: 'ประวัติ', note: 'อ่านอีกครั้ง', status: 'ok' });
    expect(savedBy(added).articleTitle).toBe('บทความตัวอย่าง');
    const renamed = await bookmarks.update('b1', { name: '  สำคัญ  ' });
    expect(savedBy(renamed)).toMatchObject({ name: 'สำคัญ', label: 'สำคัญ', note: 'อ่านอีกครั้ง' });
    expect(await bookmarks.list()).toEqual(renamed.saved);
  });

  it('keeps what it stored across a reopen of the same folder', async () => {
    const dir = tempDir();
    await open(dir).add(section({ paragraph: 0, range: { start: 0, end: 3 }, note: 'n' }));
    expect(await open(dir).list()).toMatchObject([{ id: 'b1', kind: 'passage', anchor: { quote: { text: 'ข้อ' } }, note: 'n' }]);
  });

  it('lists in document order: the lead first, then sections, paragraphs and offsets', async () => {
    const bookmarks = open(tempDir());
    await bookmarks.add(section({ paragraph: 0, range: { start: 3, end: 5 } }));
    await bookmarks.add(section({ sectionId: 'อ้างอิง' }));
    await bookmarks.add(section({ sectionId: 'lead' }));
    await bookmarks.add(section({ paragraph: 0, range: { start: 0, end: 2 } }));
    await bookmarks.add(section());
    const list = await bookmarks.list();
    expect(list.map((b) => b.id)).toEqual(['b3', 'b5', 'b4', 'b1', 'b2']);
    expect(list[0]?.label).toBe('บทความตัวอย่าง');
    // The order key each answer carries sorts the same way, so the renderer can place a change without the list.
    expect([...list].reverse().sort((a, b) => compareOrder(a.order, b.order))).toEqual(list);
  });

  it('deletes, answers the deleted bookmark, and restores it exactly (undo), once', async () => {
    const bookmarks = open(tempDir());
    const added = savedBy(await bookmarks.add(section({ note: 'โน้ต' })));
    const { removed, saved } = await bookmarks.remove(added.id);
    expect(saved).toEqual([]);
    expect(await bookmarks.list()).toEqual([]);
    expect((await bookmarks.restore(removed)).saved).toEqual([added]);
    expect((await bookmarks.restore(removed)).saved).toEqual([]);
    expect(await bookmarks.list()).toEqual([added]);
  });

  // Found by the API fuzz: the list stored the bookmark twice, under one id.
  it('restores a bookmark the list holds twice once', async () => {
    const bookmarks = open(tempDir());
    const added = savedBy(await bookmarks.add(section()));
    const { removed } = await bookmarks.remove(added.id);
    expect((await bookmarks.restore([...removed, ...removed])).saved).toEqual([added]);
    expect((await bookmarks.list()).map((b) => b.id)).toEqual([added.id]);
  });

  it('toggles a section: adds it, then removes it, and says what it removed', async () => {
    const bookmarks = open(tempDir());
    const place = { articleId: 'sample', sectionId: 'ประวัติ', paragraph: null };
    const on = await bookmarks.toggle(place);
    expect(savedBy(on)).toMatchObject({ kind: 'section', anchor: { sectionId: 'ประวัติ', paragraph: null } });
    const off = await bookmarks.toggle(place);
    expect(off).toMatchObject({ saved: [], removed: [{ id: savedBy(on).id }] });
    expect(await bookmarks.list()).toEqual([]);
  });

  it('toggles a paragraph apart from its section, and removes every paragraph bookmark the place has', async () => {
    const bookmarks = open(tempDir());
    await bookmarks.add(section());
    await bookmarks.add(section({ paragraph: 0, note: 'หนึ่ง' }));
    await bookmarks.add(section({ paragraph: 0, note: 'สอง' }));
    await bookmarks.add(section({ paragraph: 0, range: { start: 0, end: 3 } }));
    const off = await bookmarks.toggle({ articleId: 'sample', sectionId: 'ประวัติ', paragraph: 0 });
    expect(off.removed.map((b) => b.note)).toEqual(['หนึ่ง', 'สอง']);
    expect((await bookmarks.list()).map((b) => b.kind)).toEqual(['section', 'passage']);
  });

  it('toggles a bookmark off where it points now, after its section was renamed', async () => {
    const dir = tempDir();
    await open(dir).add(section({ paragraph: 0 }));
    const renamed: Article = { ...sampleArticle, sections: sampleArticle.sections.map((s) => ({ ...s, id: `${s.id}-ใหม่` })) };
    const off = await open(dir, [renamed]).toggle({ articleId: 'sample', sectionId: 'ประวัติ-ใหม่', paragraph: 0 });
    expect(off.removed).toHaveLength(1);
  });

  it('answers not-found for an unknown id', async () => {
    const bookmarks = open(tempDir());
    await expect(bookmarks.update('nope', {})).rejects.toThrow(new ApiError('not-found', 'no bookmark with id "nope"'));
    await expect(bookmarks.remove('nope')).rejects.toThrow(ApiError);
  });

  it('shows a bookmark whose text is gone as missing, with its quote and note, and keeps it', async () => {
    const dir = tempDir();
    await open(dir).add(section({ paragraph: 0, range: { start: 0, end: 7 }, note: 'จำไว้' }));
    const rewritten: Article = {
      ...sampleArticle,
      sections: sampleArticle.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(() => ({ runs: [{ text: 'อื่น' }] })) })),
    };
    const [shown] = await open(dir, [rewritten]).list();
    expect(shown).toMatchObject({ status: 'missing', target: null, note: 'จำไว้', label: 'ข้อความ', anchor: { quote: { text: 'ข้อความ' } } });
    const [stillThere] = await open(dir).list();
    expect(stillThere?.status).toBe('ok');
  });

  it('shows bookmarks of an article the library no longer has as missing, under the title it had', async () => {
    const dir = tempDir();
    await open(dir).add(section());
    expect(await open(dir, []).list()).toMatchObject([
      { status: 'missing', target: null, articleTitle: 'บทความตัวอย่าง', articleMissing: true, label: 'ข้อความ' },
    ]);
  });

  it('resolves them again, as before, once the article is imported again', async () => {
    const dir = tempDir();
    const before = await open(dir).add(section({ paragraph: 0, range: { start: 0, end: 3 }, note: 'n' }));
    expect((await open(dir, []).list())[0]).toMatchObject({ status: 'missing', articleMissing: true });
    const [back] = await open(dir).list();
    expect(back).toEqual(savedBy(before));
    expect(back).toMatchObject({ status: 'ok', articleMissing: false, articleTitle: 'บทความตัวอย่าง' });
  });

  it('imports an export written before titles of removed articles were kept: its format is unchanged', async () => {
    const time = '2026-01-01T00:00:00.000Z';
    const anchor = { articleId: 'sample', sectionId: 'ประวัติ', paragraph: null, quote: null, context: 'ข้อความ' };
    const older = { id: 'old-1', kind: 'section', anchor, name: 'เก่า', note: 'จากรุ่นก่อน', createdAt: time, updatedAt: time };
    const bookmarks = open(tempDir());
    expect(await bookmarks.importJson(JSON.stringify({ format: 'aksorn-bookmarks', version: 1, exportedAt: time, bookmarks: [older] }))).toEqual({
      added: 1,
      skipped: 0,
    });
    expect(await bookmarks.list()).toMatchObject([{ id: 'old-1', status: 'ok', articleTitle: 'บทความตัวอย่าง', articleMissing: false }]);
  });

  it('names an article this library never held by its id read as a title', async () => {
    const from = open(tempDir());
    await from.add(section());
    // An export from a library that held an article this one never did.
    const exported = JSON.parse(await from.exportJson()) as { bookmarks: { anchor: { articleId: string } }[] };
    exported.bookmarks[0]!.anchor.articleId = 'Old_Town_Bangkok';
    const into = open(tempDir());
    expect(await into.importJson(JSON.stringify(exported))).toEqual({ added: 1, skipped: 0 });
    expect(await into.list()).toMatchObject([{ articleTitle: 'Old Town Bangkok', articleMissing: true, status: 'missing' }]);
  });
});

describe('export and import', () => {
  it('round-trips every field through JSON, and a second import adds nothing', async () => {
    const from = open(tempDir());
    await from.add(section({ name: 'ชื่อ', note: 'บรรทัด\nสอง' }));
    await from.add(section({ paragraph: 0, range: { start: 0, end: 3 } }));
    const json = await from.exportJson();
    expect(JSON.parse(json)).toMatchObject({ format: 'aksorn-bookmarks', version: 1 });

    const into = open(tempDir());
    expect(await into.importJson(json)).toEqual({ added: 2, skipped: 0 });
    expect(await into.list()).toEqual(await from.list());
    expect(await into.importJson(json)).toEqual({ added: 0, skipped: 2 });
  });

  it('skips a bookmark that points at the same text with the same name and note under another id', async () => {
    const bookmarks = open(tempDir());
    await bookmarks.add(section({ note: 'x' }));
    const exported = JSON.parse(await bookmarks.exportJson()) as { bookmarks: { id: string }[] };
    exported.bookmarks[0]!.id = 'other-id';
    expect(await bookmarks.importJson(JSON.stringify(exported))).toEqual({ added: 0, skipped: 1 });
  });

  it.each([
    ['not JSON', '{', /not JSON/, { reason: 'not-json' }],
    ['another kind of file', JSON.stringify({ hello: 1 }), /not an Aksorn bookmarks export/, { reason: 'not-bookmark-export' }],
    [
      'a newer format',
      JSON.stringify({ format: 'aksorn-bookmarks', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', bookmarks: [] }),
      /file.version must be 1/,
      { reason: 'invalid-bookmark-export', where: expect.stringContaining('file.version must be 1') },
    ],
  ])('refuses %s with a clear message and a reason the page can word, and changes nothing', async (_, json, message, reason) => {
    const bookmarks = open(tempDir());
    await bookmarks.add(section());
    const before = await bookmarks.list();
    const refusal = bookmarks.importJson(json);
    await expect(refusal).rejects.toThrow(message);
    await expect(refusal).rejects.toMatchObject({ code: 'bad-request', reason });
    expect(await bookmarks.list()).toEqual(before);
  });

  it('refuses an import that would pass the bookmark limit with the limit as its reason, and changes nothing', async () => {
    const from = open(tempDir());
    await from.add(section());
    const file = JSON.parse(await from.exportJson()) as { bookmarks: Record<string, unknown>[] };
    const one = file.bookmarks[0]!;
    // A full export, into a reader that already has one bookmark of its own.
    file.bookmarks = Array.from({ length: limits.bookmarks }, (_, n) => ({ ...one, id: `i${n}`, name: `n${n}` }));
    const into = open(tempDir());
    await into.add(section({ paragraph: 0 }));
    const before = await into.list();
    const refusal = into.importJson(JSON.stringify(file));
    await expect(refusal).rejects.toMatchObject({ code: 'bad-request', reason: { reason: 'too-many-bookmarks', max: limits.bookmarks } });
    expect(await into.list()).toEqual(before);
  });

  it('refuses the whole file when one bookmark in it is malformed, naming it', async () => {
    const from = open(tempDir());
    await from.add(section());
    await from.add(section({ paragraph: 0 }));
    const file = JSON.parse(await from.exportJson()) as { bookmarks: Record<string, unknown>[] };
    file.bookmarks[1]!.kind = 'passage';
    const into = open(tempDir());
    await expect(into.importJson(JSON.stringify(file))).rejects.toThrow(/file.bookmarks\[1\].kind does not agree with its anchor/);
    expect(await into.list()).toEqual([]);
  });
});
