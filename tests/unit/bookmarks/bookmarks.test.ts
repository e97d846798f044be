import Conf from 'conf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBookmarks } from '../../../main/bookmarks/bookmarks.js';
import { ApiError, type Article, type NewBookmark } from '../../../main/contract.js';
import { createLibrary } from '../../../main/library/library.js';
import { openStore } from '../../../main/store/open.js';
import { sampleArticle } from '../fixtures.js';

const section = (over: Partial<NewBookmark> = {}): NewBookmark => ({
  articleId: 'sample',
  sectionId: 'ประวัติ',
  paragraph: null,
  range: null,
  name: '',
  note: '',
  ...over,
});

/** A bookmark service over `articles`, with its store in `dir`, a fixed clock and counted ids. */
function open(dir: string, articles: readonly Article[] = [sampleArticle]) {
  let id = 0;
  let clock = Date.parse('2026-11-26T10:00:00.000Z');
  return createBookmarks({
    store: openStore(Conf, dir).store,
    library: createLibrary(articles),
    now: () => new Date((clock += 1000)),
    newId: () => `b${++id}`,
  });
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'aksorn-bookmarks-'));

describe('bookmarks', () => {
  it('adds a bookmark whose label is the heading until it is named', () => {
    const bookmarks = open(tempDir());
    const added = bookmarks.add(section({ note: 'อ่านอีกครั้ง' }));
    expect(added).toMatchObject({ id: 'b1', kind: 'section', name: '', label: 'ประวัติ', note: 'อ่านอีกครั้ง', status: 'ok' });
    expect(added.articleTitle).toBe('บทความตัวอย่าง');
    expect(bookmarks.update('b1', { name: '  สำคัญ  ' })).toMatchObject({ name: 'สำคัญ', label: 'สำคัญ', note: 'อ่านอีกครั้ง' });
  });

  it('keeps what it stored across a reopen of the same folder', () => {
    const dir = tempDir();
    open(dir).add(section({ paragraph: 0, range: { start: 0, end: 3 }, note: 'n' }));
    expect(open(dir).list()).toMatchObject([{ id: 'b1', kind: 'passage', anchor: { quote: { text: 'ข้อ' } }, note: 'n' }]);
  });

  it('lists in document order: the lead first, then sections, paragraphs and offsets', () => {
    const bookmarks = open(tempDir());
    bookmarks.add(section({ paragraph: 0, range: { start: 3, end: 5 } }));
    bookmarks.add(section({ sectionId: 'อ้างอิง' }));
    bookmarks.add(section({ sectionId: 'lead' }));
    bookmarks.add(section({ paragraph: 0, range: { start: 0, end: 2 } }));
    bookmarks.add(section());
    expect(bookmarks.list().map((b) => b.id)).toEqual(['b3', 'b5', 'b4', 'b1', 'b2']);
    expect(bookmarks.list()[0]?.label).toBe('บทความตัวอย่าง');
  });

  it('deletes, answers the deleted bookmark, and restores it exactly (undo), once', () => {
    const bookmarks = open(tempDir());
    const added = bookmarks.add(section({ note: 'โน้ต' }));
    const removed = bookmarks.remove(added.id);
    expect(bookmarks.list()).toEqual([]);
    bookmarks.restore(removed);
    bookmarks.restore(removed);
    expect(bookmarks.list()).toEqual([added]);
  });

  it('answers not-found for an unknown id', () => {
    const bookmarks = open(tempDir());
    expect(() => bookmarks.update('nope', {})).toThrow(new ApiError('not-found', 'no bookmark with id "nope"'));
    expect(() => bookmarks.remove('nope')).toThrow(ApiError);
  });

  it('shows a bookmark whose text is gone as missing, with its quote and note, and keeps it', () => {
    const dir = tempDir();
    open(dir).add(section({ paragraph: 0, range: { start: 0, end: 7 }, note: 'จำไว้' }));
    const rewritten: Article = {
      ...sampleArticle,
      sections: sampleArticle.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(() => ({ runs: [{ text: 'อื่น' }] })) })),
    };
    const [shown] = open(dir, [rewritten]).list();
    expect(shown).toMatchObject({ status: 'missing', target: null, note: 'จำไว้', label: 'ข้อความ', anchor: { quote: { text: 'ข้อความ' } } });
    const [stillThere] = open(dir).list();
    expect(stillThere?.status).toBe('ok');
  });

  it('shows bookmarks of an article the library no longer has as missing', () => {
    const dir = tempDir();
    open(dir).add(section());
    expect(open(dir, []).list()).toMatchObject([{ status: 'missing', articleTitle: null, label: 'ข้อความ' }]);
  });
});

describe('export and import', () => {
  it('round-trips every field through JSON, and a second import adds nothing', () => {
    const from = open(tempDir());
    from.add(section({ name: 'ชื่อ', note: 'บรรทัด\nสอง' }));
    from.add(section({ paragraph: 0, range: { start: 0, end: 3 } }));
    const json = from.exportAs('json');
    expect(JSON.parse(json)).toMatchObject({ format: 'aksorn-bookmarks', version: 1 });

    const into = open(tempDir());
    expect(into.importJson(json)).toEqual({ added: 2, skipped: 0 });
    expect(into.list()).toEqual(from.list());
    expect(into.importJson(json)).toEqual({ added: 0, skipped: 2 });
  });

  it('skips a bookmark that points at the same text with the same name and note under another id', () => {
    const bookmarks = open(tempDir());
    bookmarks.add(section({ note: 'x' }));
    const exported = JSON.parse(bookmarks.exportAs('json')) as { bookmarks: { id: string }[] };
    exported.bookmarks[0]!.id = 'other-id';
    expect(bookmarks.importJson(JSON.stringify(exported))).toEqual({ added: 0, skipped: 1 });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another kind of file', JSON.stringify({ hello: 1 }), /not an Aksorn bookmarks export/],
    ['a newer format', JSON.stringify({ format: 'aksorn-bookmarks', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', bookmarks: [] }), /file.version must be 1/],
  ])('refuses %s with a clear message and changes nothing', (_, json, message) => {
    const bookmarks = open(tempDir());
    bookmarks.add(section());
    const before = bookmarks.list();
    expect(() => bookmarks.importJson(json)).toThrow(message);
    expect(bookmarks.list()).toEqual(before);
  });

  it('refuses the whole file when one bookmark in it is malformed, naming it', () => {
    const from = open(tempDir());
    from.add(section());
    from.add(section({ paragraph: 0 }));
    const file = JSON.parse(from.exportAs('json')) as { bookmarks: Record<string, unknown>[] };
    file.bookmarks[1]!.kind = 'passage';
    const into = open(tempDir());
    expect(() => into.importJson(JSON.stringify(file))).toThrow(/file.bookmarks\[1\].kind "passage" does not agree with its anchor/);
    expect(into.list()).toEqual([]);
  });

  it('writes Markdown grouped by article and section, with quotes and notes', () => {
    const bookmarks = open(tempDir());
    bookmarks.add(section({ sectionId: 'lead', name: 'เริ่ม' }));
    bookmarks.add(section({ paragraph: 0, range: { start: 0, end: 7 }, note: 'โน้ต *สำคัญ*' }));
    expect(bookmarks.exportAs('markdown')).toBe(
      [
        '# Aksorn bookmarks',
        '',
        '## บทความตัวอย่าง',
        '',
        '### บทความตัวอย่าง',
        '',
        '- **เริ่ม** — 2026-11-26',
        '',
        '### ประวัติ',
        '',
        '- **ประวัติ** — 2026-11-26',
        '  > ข้อความ',
        '  โน้ต \\*สำคัญ\\*',
        '',
      ].join('\n'),
    );
  });
});
