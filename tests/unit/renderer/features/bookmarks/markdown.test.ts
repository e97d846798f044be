import { describe, expect, it } from 'vitest';
import type { ResolvedBookmark } from '../../../../../common/bookmarks';
import { toMarkdown } from '../../../../../renderer/features/bookmarks/markdown';
import { en } from '../../../../../renderer/i18n/en';
import { th } from '../../../../../renderer/i18n/th';
import { translator } from '../../../../../renderer/i18n/translate';

function bookmark(fields: Partial<ResolvedBookmark>): ResolvedBookmark {
  return {
    id: 'b',
    kind: 'section',
    anchor: { articleId: 'sample', sectionId: 'lead', paragraph: null, quote: null, context: '' },
    name: '',
    note: '',
    createdAt: '2026-11-26T10:00:01.000Z',
    updatedAt: '2026-11-26T10:00:01.000Z',
    status: 'ok',
    target: { sectionId: 'lead', paragraph: null, start: null, end: null },
    label: 'บทความตัวอย่าง',
    articleTitle: 'บทความตัวอย่าง',
    articleMissing: false,
    sectionHeading: 'บทความตัวอย่าง',
    order: [0],
    ...fields,
  };
}

const lead = bookmark({ name: 'เริ่ม', label: 'เริ่ม' });
const passage = bookmark({
  kind: 'passage',
  anchor: { articleId: 'sample', sectionId: 'ประวัติ', paragraph: 0, quote: { text: 'ข้อความ', prefix: '', suffix: '' }, context: 'ข้อความ' },
  note: 'โน้ต *สำคัญ*',
  label: 'ประวัติ',
  sectionHeading: 'ประวัติ',
});

describe('toMarkdown', () => {
  it('writes Markdown grouped by article and section, with quotes and escaped notes', () => {
    expect(toMarkdown([lead, passage], translator(en))).toBe(
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
        '',
        '  โน้ต \\*สำคัญ\\*',
        '',
      ].join('\n'),
    );
  });

  it('writes HTML in titles, headings, names, quotes, notes and imported ids as text', () => {
    const tag = '<img src=x onerror=alert(1)>';
    const shownTag = '&lt;img src=x onerror=alert(1)&gt;';
    const hostile = bookmark({
      kind: 'passage',
      anchor: { articleId: `id${tag}`, sectionId: 's', paragraph: 0, quote: { text: `quote${tag}`, prefix: '', suffix: '' }, context: '' },
      articleTitle: `title${tag}`,
      sectionHeading: `heading${tag}`,
      label: `name${tag}`,
      note: `note${tag}`,
    });
    const text = toMarkdown([hostile], translator(en));
    expect(text).not.toContain('<');
    expect(text).toContain(`## title${shownTag}\n`);
    expect(text).toContain(`### heading${shownTag}\n`);
    expect(text).toContain(`- **name${shownTag}** — 2026-11-26\n`);
    expect(text).toContain(`  > quote${shownTag}\n`);
    expect(text).toContain(`  note${shownTag}\n`);
  });

  it('keeps a multi-line name, quote or note inside its list item, each line unable to open a block', () => {
    const multiLine = bookmark({
      kind: 'passage',
      anchor: { articleId: 'sample', sectionId: 's', paragraph: 0, quote: { text: 'ก\n- ข', prefix: '', suffix: '' }, context: '' },
      label: 'ชื่อ\n## หัวข้อปลอม',
      note: '> ไม่ใช่คำพูด\n\n1. ไม่ใช่รายการ\n    ไม่ใช่โค้ด\n---',
    });
    const item = toMarkdown([multiLine], translator(en)).split('\n').slice(6);
    expect(item).toEqual([
      '- **ชื่อ \\#\\# หัวข้อปลอม** — 2026-11-26',
      '  > ก',
      '  > \\- ข',
      '',
      '  &gt; ไม่ใช่คำพูด',
      '',
      '  1\\. ไม่ใช่รายการ',
      '  ไม่ใช่โค้ด',
      '  \\---',
      '',
    ]);
  });

  it('says its own words in the reader\'s language, a missing bookmark included', () => {
    const missing = bookmark({ status: 'missing', target: null, sectionHeading: null, label: 'หาย' });
    const text = toMarkdown([missing], translator(th));
    expect(text.split('\n')[0]).toBe(`# ${th.markdownTitle}`);
    expect(text).toContain(`### ${th.bookmarkMissing}`);
    expect(text).toContain(`- **หาย** (${th.bookmarkMissing}) — 2026-11-26`);
  });

  it('heads the bookmarks of an article no longer in the library with the title it had, marked as not in the library', () => {
    const gone = bookmark({ status: 'missing', target: null, articleMissing: true, articleTitle: 'บทความที่ลบ', sectionHeading: null });
    expect(toMarkdown([gone], translator(th))).toContain(`## บทความที่ลบ (${th.bookmarkArticleNotInLibrary})\n`);
    expect(toMarkdown([gone], translator(en))).toContain('## บทความที่ลบ (Not in your library)\n');
  });
});
