import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ bypassCSP: true })).newPage();
const url = 'http://127.0.0.1:4897/?token=bench-token-0123456789abcdefghijklmnopq';
await page.goto(url + '#/a/' + encodeURIComponent('บทความเริ่มต้นสำหรับวัดเวลา'));
const link = page.locator('a.wiki-link');
await link.waitFor();
for (let i = 0; i < 12; i++) {
  if (i === 6) { await page.addStyleTag({ content: '.article__section { content-visibility: auto; contain-intrinsic-size: auto 600px; }' }); console.log('c-v auto'); }
  await page.evaluate(`performance.clearResourceTimings(); window.t0 = 0; window.tm = 0; window.tp = 0;
    addEventListener('click', e => { window.t0 = e.timeStamp }, { capture: true, once: true });
    const mo = new MutationObserver(() => { const h = document.querySelector('h1'); if (h && h.textContent.includes('ยาว') && !window.tm) { window.tm = performance.now(); requestAnimationFrame(() => { window.tr = performance.now(); setTimeout(() => { window.tp = performance.now() }, 0) }); mo.disconnect(); } });
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });`);
  await link.click();
  await page.locator('h1', { hasText: 'บทความยาว' }).waitFor();
  await page.waitForTimeout(300);
  const r = await page.evaluate(`(() => { const rs = performance.getEntriesByType('resource').filter(e => e.name.includes('getArticle')).map(e => 'getArticle ' + (e.responseEnd - t0).toFixed(0)); return rs.join(', ') + ' | dom ' + (tm - t0).toFixed(0) + ' | rAF ' + (tr - t0).toFixed(0) + ' | after frame ' + (tp - t0).toFixed(0); })()`);
  console.log(r);
  await page.keyboard.press('Alt+ArrowLeft');
  await link.waitFor();
}
await browser.close();
