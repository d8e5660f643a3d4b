// Every hostile-input case in tests/corpus/ (see its README), in real Chromium, on a host page without a
// Content-Security-Policy (so that an injected script would run): the widget shows the documented message or
// the data as text, no script from the data runs, the page never freezes for a second, and the host page's own
// control keeps working.
import { test, expect } from './support/test.mjs';
import { body, cases } from '../corpus/corpus.mjs';

// Elements and attributes that can run code or restyle the page; the widget itself uses none of them.
async function dangerousMarkup(page) {
  return page.evaluate(() => {
    const root = document.querySelector('zhenggai-board').shadowRoot;
    const found = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'style', 'base', 'meta', 'form'].includes(tag)) found.push(`<${tag}>`);
      if (tag === 'link' && !el.href.endsWith('/zhenggai.css')) found.push(`<link href=${el.href}>`);
      for (const attribute of el.attributes) {
        if (/^on/i.test(attribute.name) || attribute.name === 'style' || attribute.name === 'autofocus') found.push(`${tag}[${attribute.name}]`);
        if (/href|src|action/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) found.push(`${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
    return found;
  });
}

for (const kase of cases()) {
  test(`corpus ${kase.name}: ${kase.attack}`, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    const query = kase.kind === '.query' ? `&${body(kase.name).toString('utf8').trim()}` : '';
    await page.goto(`/fixtures/corpus-host.html?case=${encodeURIComponent(kase.name)}${query}`);
    const board = page.locator('zhenggai-board');

    if (kase.expect === 'error') {
      await expect(board.getByTestId('load-error')).toContainText(kase.fragment, { timeout: 20_000 });
      await expect(board.getByRole('button', { name: '重试' })).toBeVisible();
      await expect.poll(() => page.evaluate(() => window.__zgEvents.map((e) => e.name))).toContain('zhenggai:error');
    } else {
      await expect(board.getByTestId('report-title')).toBeVisible({ timeout: 20_000 });
      if (kase.fragment) await expect(board.locator('.zg')).toContainText(kase.fragment);
      // Open a problem, so that the measures, regulations and deadlines are drawn too.
      const first = board.getByTestId('problem').first();
      if (await first.count()) {
        await first.getByRole('button').first().click();
        await expect(board.getByTestId('detail')).toBeVisible();
      }
    }

    expect(await dangerousMarkup(page)).toEqual([]);
    expect(await page.evaluate(() => window.__zgPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);

    // The main thread never stalled for a second, and still answers now.
    expect(await page.evaluate(() => window.__zgMaxGap)).toBeLessThan(1000);
    const asked = Date.now();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(Date.now() - asked).toBeLessThan(1000);

    // The host page's own control still works.
    await page.locator('#host-button').click();
    await expect(page.locator('#host-count')).toHaveText('1');
    await expect(page.locator('#host-heading')).toHaveText('宿主页面');
  });
}
