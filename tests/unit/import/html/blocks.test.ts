import { describe, expect, it } from 'vitest';
import { maxListDepth, paragraphText } from '../../../../common/article.js';
import { parseWikipediaHtml } from '../../../../main/import/html/index.js';
import { allParagraphs, articleOf, desktopPage, links, texts } from './helpers.js';

function articleFrom(content: string, options: { title?: string; lang?: string } = {}) {
  return articleOf(parseWikipediaHtml(desktopPage(content, options), 'page.html'));
}

describe('paragraph text', () => {
  it('collapses white space as a browser shows it, keeping no-break spaces', () => {
    const article = articleFrom('<p>  หนึ่ง \n\n สอง <b> สาม </b>\t สี่&nbsp;&nbsp;ห้า </p>');
    expect(texts(article.lead)).toEqual(['หนึ่ง สอง สาม สี่\u00A0\u00A0ห้า']);
  });

  it('merges adjacent text runs, and adjacent links to one article', () => {
    const article = articleFrom('<p>ก<i>ข</i><b>ค</b><a href="/wiki/X">ง</a><a href="/wiki/X">จ</a><a href="/wiki/Y">ฉ</a></p>');
    expect(article.lead[0]?.runs).toEqual([
      { text: 'กขค' },
      { text: 'งจ', link: 'X' },
      { text: 'ฉ', link: 'Y' },
    ]);
  });

  it('drops an edit link that HTML parsing moved out of its box (a link inside a link)', () => {
    // Found by the property test: the inner <a> closes the outer one, and the edit link lands outside mw-editsection.
    const edit = '<span class="mw-editsection">[<a href="/w/index.php?title=X&amp;action=edit&amp;section=1">แก้</a>]</span>';
    expect(texts(articleFrom(`<p>ข้อความ [<a>${edit}</p>`).lead).join('')).not.toContain('แก้');
  });

  it('reads a line break as a space', () => {
    expect(texts(articleFrom('<p>บรรทัดแรก<br>บรรทัดสอง</p>').lead)).toEqual(['บรรทัดแรก บรรทัดสอง']);
  });

  it('drops empty paragraphs and those with nothing but a citation mark', () => {
    const article = articleFrom(
      '<p></p><p> <br> </p><p>&lrm;&nbsp;&rlm;</p><p><sup class="reference"><a href="#c">[1]</a></sup></p><p>ข้อความ</p>',
    );
    expect(texts(article.lead)).toEqual(['ข้อความ']);
  });

  it('reads text outside any paragraph as one, like a browser', () => {
    expect(texts(articleFrom('ข้อความลอย<div>ในกล่อง</div>ต่อท้าย').lead)).toEqual(['ข้อความลอย', 'ในกล่อง', 'ต่อท้าย']);
  });

  it('reads cite labels without brackets, named groups included', () => {
    const article = articleFrom(
      '<p>ก<sup class="reference"><a href="#a">[หมายเหตุ 1]</a></sup>ข<sup class="reference"><a href="#b"></a></sup></p>',
    );
    expect(article.lead[0]?.runs).toEqual([{ text: 'ก' }, { cite: 'หมายเหตุ 1' }, { text: 'ข' }]);
  });

  it('reads "[citation needed]" on an English page', () => {
    const article = articleFrom(
      '<p>Claim.<sup class="noprint Inline-Template Template-Fact">[<i><a href="/wiki/Wikipedia:Citation_needed"><span>citation needed</span></a></i>]</sup></p>',
      { lang: 'en' },
    );
    expect(article.lead[0]?.runs).toEqual([{ text: 'Claim.' }, { citationNeeded: true }]);
  });

  it('keeps a simple formula as text and drops a TeX one', () => {
    const formula = (tex: string): string =>
      `<span class="mwe-math-element"><span class="mwe-math-mathml-inline" style="display: none;"><math alttext="{\\displaystyle ${tex}}"><semantics><mi>x</mi></semantics></math></span><img class="mwe-math-fallback-image-inline" alt="{\\displaystyle ${tex}}"></span>`;
    const article = articleFrom(`<p>ผลบวก ${formula('x + y = 2')} และ ${formula('\\frac{a}{b}')} จบ</p>`);
    expect(texts(article.lead)).toEqual(['ผลบวก x + y = 2 และ จบ']);
  });

  it('leaves out hidden elements', () => {
    const article = articleFrom('<p>เห็น<span style="display: none">ซ่อน</span><span hidden>ซ่อนด้วย</span>ได้</p>');
    expect(texts(article.lead)).toEqual(['เห็นได้']);
  });
});

describe('headings', () => {
  it('maps h2 to 2, h3 to 3 and h4–h6 to 4, leaving out edit links and cite marks', () => {
    const article = articleFrom(
      ['h2', 'h3', 'h4', 'h5', 'h6']
        .map((h, i) => `<${h}>หัวข้อ ${i}<sup class="reference">[${i + 1}]</sup><span class="mw-editsection">[แก้]</span></${h}><p>ย่อหน้า ${i}</p>`)
        .join(''),
    );
    expect(article.sections.map((s) => [s.heading, s.level])).toEqual([
      ['หัวข้อ 0', 2],
      ['หัวข้อ 1', 3],
      ['หัวข้อ 2', 4],
      ['หัวข้อ 3', 4],
      ['หัวข้อ 4', 4],
    ]);
  });

  it('drops every bidi control from headings, and only scoped ones from body text', () => {
    const article = articleFrom('<h2>\u200Fชื่อ\u202Eกลับ\u202C</h2><p>ก\u200Fข\u2067ค\u2069</p>');
    expect(article.sections[0]?.heading).toBe('ชื่อกลับ');
    expect(texts(article.sections[0]?.paragraphs ?? [])).toEqual(['ก\u200Fขค']);
  });

  it('skips a heading with no text', () => {
    const article = articleFrom('<h2><span class="mw-editsection">[แก้]</span></h2><p>นำ</p><h2>จริง</h2><p>เนื้อ</p>');
    expect(texts(article.lead)).toEqual(['นำ']);
    expect(article.sections.map((s) => s.heading)).toEqual(['จริง']);
  });

  it('gives repeated headings unique ids', () => {
    const article = articleFrom('<h2>ดูเพิ่ม</h2><p>ก</p><h2>ดูเพิ่ม</h2><p>ข</p><h2>Lead</h2><p>ค</p>');
    expect(article.sections.map((s) => s.id)).toEqual(['ดูเพิ่ม', 'ดูเพิ่ม-2', 'lead-2']);
  });
});

describe('lists', () => {
  it(`caps nesting at depth ${maxListDepth}`, () => {
    const depth = maxListDepth + 3;
    const nested = Array.from({ length: depth }, (_, i) => `<ul><li>ระดับ ${i + 1}`).join('') + '</li></ul>'.repeat(depth);
    const items = allParagraphs(articleFrom(`<p>นำ</p>${nested}`)).filter((p) => p.item);
    expect(items.map((p) => p.item?.depth)).toEqual(Array.from({ length: depth }, (_, i) => Math.min(i + 1, maxListDepth)));
  });

  it('reads text after a nested list as part of the outer item', () => {
    const paragraphs = articleFrom('<ol><li>ก<ul><li>ข</li></ul>ค</li></ol>').lead;
    expect(paragraphs.map((p) => [paragraphText(p), p.item])).toEqual([
      ['ก', { ordered: true, depth: 1 }],
      ['ข', { ordered: false, depth: 2 }],
      ['ค', { ordered: true, depth: 1 }],
    ]);
  });

  it('reads paragraphs inside an item as items', () => {
    const paragraphs = articleFrom('<ul><li><p>หนึ่ง</p><p>สอง</p></li></ul>').lead;
    expect(paragraphs.map((p) => p.item)).toEqual([
      { ordered: false, depth: 1 },
      { ordered: false, depth: 1 },
    ]);
  });

  it('reads a definition list nested in an ordered list one level deeper, unordered', () => {
    const paragraphs = articleFrom('<ol><li>ข้อ<dl><dt>คำ</dt><dd>ความหมาย</dd></dl></li></ol>').lead;
    expect(paragraphs.map((p) => [paragraphText(p), p.item?.ordered, p.item?.depth])).toEqual([
      ['ข้อ', true, 1],
      ['คำ', false, 2],
      ['ความหมาย', false, 2],
    ]);
  });
});

describe('links', () => {
  const namespaces = [
    'File:A.jpg', 'ไฟล์:ก.jpg', 'Image:B.png', 'หมวดหมู่:ก', 'Category:X', 'Special:Random', 'พิเศษ:สุ่ม',
    'วิกิพีเดีย:นโยบาย', 'Wikipedia:Policy', 'Help:Contents', 'วิธีใช้:สารบัญ', 'แม่แบบ:ก', 'Template:X',
    'Portal:Thailand', 'สถานีย่อย:ประเทศไทย', 'User:Someone', 'ผู้ใช้:ใครสักคน', 'Talk:X', 'พูดคุย:ก', 'Module:X',
  ];

  it('shows links to other namespaces as plain text', () => {
    const content = namespaces.map((title) => `<p>ดู<a href="/wiki/${encodeURIComponent(title)}">ลิงก์</a></p>`).join('');
    const article = articleFrom(content);
    expect(links(article)).toEqual([]);
    expect(texts(article.lead)).toEqual(namespaces.map(() => 'ดูลิงก์'));
  });

  it('keeps links to articles whose title has a colon', () => {
    const article = articleFrom('<p><a href="/wiki/Star_Wars:_Episode_IV">ภาพยนตร์</a></p>', { lang: 'en' });
    expect(links(article)).toEqual([{ text: 'ภาพยนตร์', link: 'Star Wars: Episode IV' }]);
  });

  it('resolves the forms of a link to an article', () => {
    const hrefs: [string, string | undefined][] = [
      ['/wiki/%E0%B8%81_%E0%B8%82', 'ก ข'],
      ['/wiki/A#History', 'A'],
      ['./B_C', 'B C'],
      ['./D?action=edit&amp;redlink=1', 'D'],
      ['/w/index.php?title=E_F&amp;action=edit&amp;redlink=1', 'E F'],
      ['//th.wikipedia.org/wiki/G', 'G'],
      ['https://th.m.wikipedia.org/wiki/H', 'H'],
      ['/w/index.php?title=I&amp;action=edit', undefined],
      ['/w/index.php?title=J&amp;action=history', undefined],
      ['https://en.wikipedia.org/wiki/K', undefined],
      ['https://example.org/wiki/L', undefined],
      ['#cite_note-1', undefined],
      ['javascript:alert(1)', undefined],
      ['/wiki/%E0%B8', '%E0%B8'],
    ];
    const article = articleFrom(hrefs.map(([href], i) => `<p><a href="${href}">ลิงก์ ${i}</a></p>`).join(''), { lang: 'th' });
    const expected = hrefs.map(([, link], i) => (link === undefined ? [{ text: `ลิงก์ ${i}` }] : [{ text: `ลิงก์ ${i}`, link }]));
    expect(article.lead.map((p) => p.runs)).toEqual(expected);
  });

  it('shows external and interwiki links as their text, never their address', () => {
    const article = articleFrom(
      '<p><a class="external text" href="https://th.wikipedia.org/wiki/X">เว็บ</a> <a class="extiw" href="/wiki/en:Y">อังกฤษ</a> <a class="external free" href="https://example.org/">https://example.org/</a></p>',
    );
    expect(article.lead[0]?.runs).toEqual([{ text: 'เว็บ อังกฤษ https://example.org/' }]);
  });

  it('shows a self link (no address) as text', () => {
    const article = articleFrom('<p><a class="mw-selflink selflink">หน้านี้</a>เอง</p>');
    expect(article.lead[0]?.runs).toEqual([{ text: 'หน้านี้เอง' }]);
  });
});
