// The Playwright `test` every spec uses, with one change: on a page that shows a snapshot (the standalone page
// bakes one in), `page.goto` and `page.reload` return once the live widget has taken over from it, so that a test acts on the live
// widget and never on the snapshot's inert copy of it. tests/e2e/snapshot.spec.mjs tests the snapshot itself with
// Playwright's own `test`.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    // No snapshot, or the widget cannot start (a test of that): returns at once, or after the wait.
    const takenOver = () => page
      .waitForFunction(() => !document.querySelector('#zhenggai > .zg-snapshot:not(.zg-snapshot-failed)'), null, { timeout: 20_000 })
      .catch(() => {});
    for (const navigation of ['goto', 'reload']) {
      const original = page[navigation].bind(page);
      page[navigation] = async (...args) => {
        const response = await original(...args);
        await takenOver();
        return response;
      };
    }
    await use(page);
  },
});

export { expect };
