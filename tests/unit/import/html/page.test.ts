import { describe, expect, it } from 'vitest';
import { parseWikipediaHtml } from '../../../../main/import/html/index.js';
import { articleOf, desktopPage } from './helpers.js';

function parse(html: string) {
  return articleOf(parseWikipediaHtml(html, 'page.html'));
}

describe('the title', () => {
  it('is the first heading’s text, spans joined and bidi controls dropped', () => {
    const html = desktopPage('<p>ข้อความ</p>').replace(
      '<h1 id="firstHeading">หน้าทดสอบ</h1>',
      '<h1 id="firstHeading">\u202E<span class="mw-page-title-main">สงคราม </span><i>โลก</i>\u200E</h1>',
    );
    const article = parse(html);
    expect(article.title).toBe('สงคราม โลก');
    expect(article.id).toBe('สงคราม_โลก');
  });

  it('is the mobile header’s heading before the document title', () => {
    const article = parse(
      '<html lang="th"><head><title>อื่น</title></head><body><header><h1 class="pcs-edit-section-title">ภาษาไทย</h1></header><section><p>ข้อความ</p></section></body></html>',
    );
    expect(article.title).toBe('ภาษาไทย');
  });

  it('is the document title without the site’s suffix when the page has no heading', () => {
    for (const [title, expected] of [
      ['ช้าง - วิกิพีเดีย', 'ช้าง'],
      ['Elephant - Wikipedia', 'Elephant'],
      ['Elephant - Wikipedia, the free encyclopedia', 'Elephant'],
      ['Rock - paper', 'Rock - paper'],
    ]) {
      const article = parse(`<html><head><title>${title}</title></head><body><p>text</p></body></html>`);
      expect(article.title).toBe(expected);
    }
  });
});

describe('the language', () => {
  it('is the content’s lang before the page’s (the skin speaks the reader’s language)', () => {
    const html = '<html lang="en"><body><h1 id="firstHeading">ช้าง</h1><div id="mw-content-text" lang="th"><div class="mw-parser-output"><p>Elephant</p></div></div></body></html>';
    expect(parse(html).lang).toBe('th');
  });

  it('is read in canonical case', () => {
    expect(parse(desktopPage('<p>text</p>', { lang: 'EN-gb' })).lang).toBe('en-GB');
  });

  it('is guessed from the edit links and the text when the page declares none, or a bad one', () => {
    const english = '<h2>History<span class="mw-editsection">[<a href="/w/index.php?title=X&amp;action=edit&amp;section=1">edit</a>]</span></h2><p>Words.</p>';
    expect(parse(desktopPage(english)).lang).toBe('en');
    expect(parse(desktopPage('<p>ภาษาไทยล้วน</p>')).lang).toBe('th');
    expect(parse(desktopPage('<p>ภาษาไทยล้วน</p>', { lang: 'not a language' })).lang).toBe('th');
    expect(parse(desktopPage('<p>123</p>')).lang).toBe('und');
  });
});

describe('redirects', () => {
  it('yields none when the page was not reached through one', () => {
    expect(parseWikipediaHtml(desktopPage('<p>ข้อความ</p>'), 'page.html').map((item) => item.kind)).toEqual(['article']);
  });

  it('yields none when "redirected from" names the page itself', () => {
    const html = desktopPage('<p>ข้อความ</p>', { title: 'ช้าง' }).replace(
      '<div id="mw-content-text">',
      '<div id="contentSub"><span class="mw-redirectedfrom">(เปลี่ยนทางจาก <a href="/w/index.php?title=%E0%B8%8A%E0%B9%89%E0%B8%B2%E0%B8%87&amp;redirect=no">ช้าง</a>)</span></div><div id="mw-content-text">',
    );
    expect(parseWikipediaHtml(html, 'page.html').map((item) => item.kind)).toEqual(['article']);
  });
});

describe('the reference list', () => {
  it('counts only when it lists a reference', () => {
    expect(parse(desktopPage('<p>ก</p><h2>อ้างอิง</h2><div class="reflist"><ol class="references"></ol></div>')).hasReferenceList).toBe(false);
    expect(parse(desktopPage('<p>ก</p>')).hasReferenceList).toBe(false);
    expect(parse(desktopPage('<p>ก</p><ol class="references"><li>แหล่ง</li></ol>')).hasReferenceList).toBe(true);
  });
});
