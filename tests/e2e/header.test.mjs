// The header on a phone (issue 22): the language picker shows the chosen
// language's whole name, never a cut word, and the quick exit stays in view,
// at 320 and 360 px, in all 16 languages, in one language and in counsellor
// mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, Questionnaire } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/**
 * The chosen language in the header: its name as drawn with the select's
 * own font, against the room inside the select (its width less padding,
 * border and the arrow). A select's scrollWidth does not show clipping.
 */
async function picker(page) {
  return page.evaluate(() => {
    const s = document.querySelector('#language');
    const cs = getComputedStyle(s);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    ctx.direction = s.selectedOptions[0].dir || 'ltr';
    const text = s.selectedOptions[0].text;
    // Chromium's drop-down arrow takes this much of the inline end.
    const ARROW = 18;
    const room = s.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd) - ARROW;
    return { text, width: Math.ceil(ctx.measureText(text).width), room: Math.floor(room) };
  });
}

async function exitInView(page) {
  return page.evaluate(() => {
    const b = document.querySelector('button.exit').getBoundingClientRect();
    const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
    return b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth && !!hit?.closest('button.exit');
  });
}

for (const width of [320, 360]) {
  test(`header at ${width} px: the chosen language's whole name shows, quick exit in view (16 languages, one language and counsellor mode)`, async () => {
    const { page, context } = await newPage(browser, origin, { viewport: { width, height: 740 } });
    const q = new Questionnaire(page);
    const codes = await page.$$eval('#language option', (os) => os.map((o) => o.value));
    assert.equal(codes.length, 16);
    const cut = [];
    for (const counsellor of [false, true]) {
      if (counsellor) await page.check('#mode-counsellor');
      for (const code of codes) {
        await q.language(code);
        if (counsellor) await page.selectOption('#counsellor-lang', code === 'nl' ? 'en' : 'nl');
        const p = await picker(page);
        if (p.width > p.room) cut.push(`${code}${counsellor ? ' (counsellor)' : ''}: "${p.text}" needs ${p.width}px, has ${p.room}px`);
        assert.ok(await exitInView(page), `${code}: quick exit in view`);
        // At most two rows: the language, and the buttons beside it or below.
        const bar = await page.locator('header.bar').boundingBox();
        assert.ok(bar.height <= 130, `${code}: header ${bar.height}px high`);
      }
    }
    assert.deepEqual(cut, [], 'the chosen language is cut');
    await context.close();
  });
}
