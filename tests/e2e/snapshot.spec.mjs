// The first view without waiting for the wasm: the snapshot (src/snapshot.rs) the build bakes into the standalone
// page and a web team pastes into <zhenggai-board>, shown before the wasm arrives, kept when it cannot start, and
// taken over in place when it does.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** How long a take-over may wait for the wasm: seconds on a busy two-core machine, never this long. */
const TAKE_OVER_MS = 20_000;

const wasm = '**/*.wasm';

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** Holds back every wasm request until `release()` is called; `held` settles then. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(wasm, async (route) => { await held; await route.continue(); });
  return { release, held };
}

/** A government-style host page served at `path` on the test server: `head` in its head, `body` in its main. */
async function hostPage(page, path, head, body) {
  await page.route(`**${path}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>某区政府网站</title>
${head}</head><body><main>${body}</main></body></html>`,
  }));
}

/** `zhenggai …args`: the CLI as built by the test command, or through cargo. */
function zhenggai(args) {
  const cli = join(root, 'target/debug/zhenggai');
  return existsSync(cli)
    ? execFileSync(cli, args, { encoding: 'utf8' })
    : execFileSync('cargo', ['run', '--quiet', '-p', 'zhenggai-cli', '--', ...args], { cwd: root, encoding: 'utf8' });
}

/** Records, at every frame from the page's start, whether a chart, a loading note or two dashboards show. */
async function watchFrames(page) {
  await page.addInitScript(() => {
    window.__frames = [];
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const look = () => {
      const roots = [document, ...[...document.querySelectorAll('zhenggai-board')].map((b) => b.shadowRoot).filter(Boolean)];
      const visible = (selector) => roots.some((root) => [...root.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0));
      const dashboards = roots.reduce((n, root) => n + [...root.querySelectorAll('.zg-dashboard')].filter((el) => el.getClientRects().length > 0).length, 0);
      window.__frames.push({ chart: visible('[data-testid=chart-status] svg'), loading: visible('[data-testid=loading], .zg-status'), dashboards });
      if (window.__frames.length < 400) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

test('the standalone page shows its first view before the wasm arrives', async ({ page }) => {
  await page.route(wasm, () => {}); // never answers
  await page.goto('/');
  const snapshot = page.locator('.zg-snapshot');
  await expect(snapshot.getByTestId('report-title')).toHaveText('中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报');
  await expect(snapshot.getByTestId('problem')).toHaveCount(15);
  await expect(snapshot.getByTestId('chart-status').locator('.zg-chart-bars svg')).toBeVisible();
  await expect(snapshot.getByTestId('chart-category').locator('.zg-chart-labels svg')).toContainText('基本完成');
  await expect(snapshot.getByTestId('deadline-counts')).toHaveText('共 5 项整改时限，通报时已逾期 0 项，至今已逾期 5 项。');
  // The controls that need the script keep their place, out of reach; the note waits for a failure.
  await expect(snapshot.locator('.zg-toolbar')).toBeHidden();
  await expect(snapshot.locator('.zg-snapshot-note')).toBeHidden();
  await expectNoAxeViolations(page);
});

test('when the wasm cannot start, the snapshot stays, readable, and says why', async ({ page }) => {
  await page.route(wasm, (route) => route.abort());
  await page.goto('/');
  const snapshot = page.locator('.zg-snapshot');
  await expect(snapshot).toHaveClass(/zg-snapshot-failed/);
  await expect(snapshot.locator('.zg-snapshot-note')).toHaveText(/筛选、搜索和分享链接需要较新的浏览器/);
  await expect(snapshot.getByTestId('problem')).toHaveCount(15);
  await expect(snapshot.locator('.zg-toolbar')).toHaveCount(1);
  expect(await snapshot.locator('.zg-toolbar').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  // Its data tables are plain <details>: they open without the script.
  await snapshot.getByTestId('chart-category').getByText('查看数据表').click();
  await expect(snapshot.getByTestId('chart-category').getByRole('row', { name: /土地、厂房节约集约利用水平不高/ })).toContainText('3');
  await expectNoAxeViolations(page);
});

test('the widget takes over in place: no loading note, never two views, the link\'s view applied', async ({ page }) => {
  await watchFrames(page);
  await page.goto('/?zg.s=jiben-wancheng');
  // The take-over waits for the wasm, which a busy two-core machine can take seconds to compile.
  await expect(page.locator('.zg-snapshot')).toHaveCount(0, { timeout: TAKE_OVER_MS });
  await expect(page.getByTestId('result-count')).toHaveText('显示 4 / 15 个问题');
  await expect(page.locator('.zg-dashboard')).toHaveCount(1);
  const frames = await page.evaluate(() => window.__frames);
  const first = frames.findIndex((f) => f.chart);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.02);
  expect(frames.slice(first).some((f) => f.loading), 'a loading note showed after the snapshot').toBe(false);
  expect(frames.every((f) => f.dashboards <= 1), 'two dashboards showed at once').toBe(true);
  // The live widget works: a click in a chart filters.
  await page.getByTestId('chart-status').getByRole('button', { name: /^完成/ }).click();
  await expect(page.getByTestId('result-count')).toHaveText('显示 5 / 15 个问题');
});

test('nothing moves when the widget takes over, on the standalone page and a host page, on a phone', async ({ page }) => {
  // The take-over replaces the snapshot's nodes, which the layout-shift API does not count as a shift: the places
  // of the title and the first chart are compared instead, held snapshot against live widget.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, scope] of [['/', page], ['/fixtures/snapshot-host.html', page.locator('zhenggai-board')]]) {
    const { release } = await holdWasm(page);
    await page.goto(path);
    await expect(scope.locator('.zg-snapshot')).toHaveCount(1);
    const places = () => Promise.all([scope.getByTestId('report-title').boundingBox(), scope.getByTestId('chart-status').boundingBox()]);
    const before = await places();
    release();
    await expect(scope.locator('.zg-snapshot')).toHaveCount(0, { timeout: TAKE_OVER_MS });
    await expect(scope.locator('.zg-dashboard')).toHaveCount(1);
    const after = await places();
    for (const [i, name] of ['title', 'status chart'].entries()) {
      expect(Math.abs(after[i].y - before[i].y), `${path}: the ${name} moved`).toBeLessThanOrEqual(1);
    }
    await page.unroute(wasm);
  }
});

test.describe('a snapshot pasted inside <zhenggai-board>', () => {
  test('shows at once under a strict CSP, isolated from hostile host CSS, before any script', async ({ page }) => {
    await page.route(/zhenggai\.js$/, () => {}); // the loader itself never arrives
    // Module scripts hold DOMContentLoaded: the page is read as it arrives.
    await page.goto('/fixtures/snapshot-host.html?csp&hostile', { waitUntil: 'commit' });
    const board = page.locator('zhenggai-board');
    await expect(board.getByTestId('problem')).toHaveCount(15);
    await expect(board.getByTestId('chart-status').locator('.zg-chart-bars svg')).toBeVisible();
    // The host's `.zg-card { display: none !important }` and `* { font-size: 30px }` do not reach inside.
    expect(await board.getByTestId('problem').first().evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await board.getByTestId('report-title').evaluate((el) => getComputedStyle(el).fontSize)).not.toBe('30px');
    await expectNoAxeViolations(page);
  });

  test('is taken over by the widget without moving the host page', async ({ page }) => {
    await watchFrames(page);
    const violations = [];
    page.on('console', (message) => { if (/Content Security Policy/.test(message.text())) violations.push(message.text()); });
    await page.goto('/fixtures/snapshot-host.html?csp');
    const board = page.locator('zhenggai-board');
    await expect(board.getByTestId('chart-status').getByRole('button', { name: /^完成/ })).toBeVisible();
    await expect(board.locator('.zg-snapshot')).toHaveCount(0, { timeout: TAKE_OVER_MS });
    await board.getByTestId('chart-status').getByRole('button', { name: /^完成/ }).click();
    await expect(board.getByTestId('result-count')).toHaveText('显示 1 / 15 个问题');
    const frames = await page.evaluate(() => window.__frames);
    const first = frames.findIndex((f) => f.chart);
    expect(frames.slice(first).some((f) => f.loading)).toBe(false);
    expect(frames.every((f) => f.dashboards <= 1)).toBe(true);
    expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.02);
    expect(violations).toEqual([]);
  });

  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    test(`with a comparison (data-compare, snapshot --compare) at ${viewport.width}: nothing moves when the widget takes over`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const fixtures = join(root, 'tests/e2e/fixtures');
      const markup = zhenggai(['snapshot', join(fixtures, 'round-later.json'), '--compare', join(fixtures, 'round.json'), '--embed', '/']);
      const { release, held } = await holdWasm(page);
      await hostPage(page, '/fixtures/compared.html', '<script type="module" src="/zhenggai.js"></script>',
        `<zhenggai-board data-src="/fixtures/round-later.json" data-compare="/fixtures/round.json">${markup}</zhenggai-board>`);
      // The earlier report arrives well after the wasm: the snapshot must wait for it, not give way to the panel's
      // loading line (which would move everything below it, twice).
      await page.route('**/fixtures/round.json', async (route) => {
        await held;
        await new Promise((resolve) => { setTimeout(resolve, 1500); });
        await route.continue();
      });
      await page.goto('/fixtures/compared.html', { waitUntil: 'commit' });
      const board = page.locator('zhenggai-board');
      const where = async () => Promise.all(['report-title', 'progress', 'chart-progress', 'chart-status']
        .map(async (id) => (await board.getByTestId(id).boundingBox()).y));
      await expect(board.locator('.zg-snapshot').getByTestId('progress-summary')).toHaveText(/其中 66 个状态有变化/);
      const before = await where();
      release();
      await expect(board.locator('.zg-snapshot')).toHaveCount(0, { timeout: TAKE_OVER_MS });
      expect(await board.getByTestId('progress-summary').count(), 'the comparison shows as soon as the snapshot goes').toBe(1);
      await expect(board.getByTestId('progress-summary')).toHaveText(/其中 66 个状态有变化/);
      const after = await where();
      after.forEach((y, i) => expect(Math.abs(y - before[i]), `${['title', 'panel', 'comparison chart', 'status chart'][i]} moved`).toBeLessThanOrEqual(1));
    });
  }

  test('stays with its note when the wasm is refused', async ({ page }) => {
    await page.route(wasm, (route) => route.abort());
    await page.goto('/fixtures/snapshot-host.html?csp');
    const board = page.locator('zhenggai-board');
    await expect(board.locator('.zg-snapshot-note')).toBeVisible();
    await expect(board.getByTestId('problem')).toHaveCount(15);
    await expect(board.locator('.zg-embed-failed')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('the embed generator renders the snapshot in the browser', () => {
  /** `zhenggai [global] snapshot <file, the built-in report by default> --embed base [options]`, as a web team
      would run it. */
  const cliSnapshot = (base, global = [], options = [], file = 'data/shaoyang-jingkaiqu-2023-12-22.json') =>
    zhenggai([...global, 'snapshot', join(root, file), '--embed', base, ...options]);

  test('the same bytes as the CLI; pasted on a page, it shows at once and the widget takes over', async ({ page, baseURL }) => {
    await page.goto('/embed.html');
    await page.getByRole('button', { name: '按数据地址生成静态首屏' }).click();
    await expect(page.locator('#snapshot-status')).toHaveText(/^已生成静态首屏（\d+ KB），可复制后粘贴。$/, { timeout: TAKE_OVER_MS });
    const markup = await page.locator('#snapshot-snippet').inputValue();
    expect(markup).toBe(cliSnapshot(`${baseURL}/`));
    // It follows the form: in English, the CLI's English snapshot.
    await page.getByLabel('界面语言').selectOption('en');
    await expect(page.locator('#snapshot-snippet')).toHaveValue(cliSnapshot(`${baseURL}/`, ['--lang', 'en']), { timeout: TAKE_OVER_MS });

    // Pasted between the tags of the script snippet, as the page says, with the wasm held back: the first view
    // shows; then the widget takes over, in the language picked.
    const [script, board] = (await page.locator('#script-snippet').inputValue()).split('\n');
    const pasted = board.replace('></zhenggai-board>', `>${markup}</zhenggai-board>`);
    expect(pasted).toContain('data-lang="en"');
    const { release } = await holdWasm(page);
    await hostPage(page, '/fixtures/pasted.html', script, pasted);
    await page.goto('/fixtures/pasted.html', { waitUntil: 'commit' });
    const widget = page.locator('zhenggai-board');
    await expect(widget.locator('.zg-snapshot').getByTestId('problem')).toHaveCount(15);
    await expect(widget.locator('.zg-snapshot').getByTestId('chart-status').locator('.zg-chart-bars svg')).toBeVisible();
    release();
    await expect(widget.locator('.zg-snapshot')).toHaveCount(0, { timeout: TAKE_OVER_MS });
    await expect(widget.getByTestId('result-count')).toHaveText('Showing 15 of 15 problems');
  });

  for (const [theme, elderly, flags] of [['dark', false, ['--dark']], ['light', true, ['--elderly']]]) {
    test(`drawn as the web team set the widget up (${flags.join(' ')}), so that nothing changes when it takes over`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/embed.html');
      await page.getByLabel('配色').selectOption(theme);
      if (elderly) await page.getByLabel('默认开启适老化模式（大字、高对比）').check();
      await page.getByRole('button', { name: '按数据地址生成静态首屏' }).click();
      await expect(page.locator('#snapshot-status')).toHaveText(/^已生成静态首屏/, { timeout: TAKE_OVER_MS });
      await expect(page.locator('#snapshot-snippet')).toHaveValue(cliSnapshot(`${baseURL}/`, [], flags), { timeout: TAKE_OVER_MS });
      await expect(page.locator('#snapshot-command')).toHaveValue(new RegExp(` ${flags[0]} -o snapshot\\.html$`));
      const markup = await page.locator('#snapshot-snippet').inputValue();
      expect(markup).toContain(`class="zg zg-theme-${theme}${elderly ? ' zg-elderly' : ''} zg-snapshot"`);

      const [script, board] = (await page.locator('#script-snippet').inputValue()).split('\n');
      expect(board).toContain(`data-theme="${theme}"`);
      expect(board.includes('data-elderly')).toBe(elderly);
      const { release } = await holdWasm(page);
      await hostPage(page, '/fixtures/pasted-dark.html', script, board.replace('></zhenggai-board>', `>${markup}</zhenggai-board>`));
      await page.goto('/fixtures/pasted-dark.html', { waitUntil: 'commit' });
      const widget = page.locator('zhenggai-board');
      const where = async () => {
        const title = await widget.getByTestId('report-title').boundingBox();
        const chart = await widget.getByTestId('chart-status').boundingBox();
        const background = await widget.locator('.zg').first().evaluate((el) => getComputedStyle(el).backgroundColor);
        return { title: [title.x, title.y, title.height], chart: [chart.y], background };
      };
      await expect(widget.locator('.zg-snapshot').getByTestId('problem')).toHaveCount(15);
      const before = await where();
      release();
      await expect(widget.locator('.zg-snapshot')).toHaveCount(0, { timeout: TAKE_OVER_MS });
      await expect(widget.locator('.zg')).toHaveClass(new RegExp(`zg-theme-${theme}`));
      if (elderly) await expect(widget.locator('.zg')).toHaveClass(/zg-elderly/);
      const after = await where();
      expect(after.background).toBe(before.background);
      if (theme === 'dark') expect(after.background).not.toBe('rgb(255, 255, 255)');
      for (const [a, b] of [[after.title, before.title], [after.chart, before.chart]]) {
        a.forEach((value, i) => expect(Math.abs(value - b[i])).toBeLessThanOrEqual(1));
      }
    });
  }

  test('with the comparison the web team set (data-compare): the same bytes as the CLI', async ({ page, baseURL }) => {
    await page.goto('/embed.html');
    await page.getByLabel('数据地址（JSON）').fill('/fixtures/round-later.json');
    await page.getByLabel('对比的早先通报（JSON，可留空）').fill('/fixtures/round.json');
    await page.getByRole('button', { name: '按数据地址生成静态首屏' }).click();
    const fixtures = 'tests/e2e/fixtures';
    const expected = cliSnapshot(`${baseURL}/`, [], ['--compare', join(root, fixtures, 'round.json')], `${fixtures}/round-later.json`);
    await expect(page.locator('#snapshot-snippet')).toHaveValue(expected, { timeout: TAKE_OVER_MS });
    expect(expected).toContain('data-testid="progress-summary"');
    await expect(page.locator('#snapshot-command')).toHaveValue(/snapshot 'round-later\.json' --embed '[^']+' --compare 'round\.json' -o snapshot\.html$/);
    // An earlier report that cannot be read is named as such.
    await page.getByLabel('对比的早先通报（JSON，可留空）').fill('/fixtures/missing.json');
    await expect(page.locator('#snapshot-status')).toHaveText('无法读取对比的早先通报地址（服务器返回 HTTP 404）。', { timeout: TAKE_OVER_MS });
  });

  test('from a local file, escaped like everything else; a broken file or address says why', async ({ page }) => {
    await page.goto('/embed.html');
    await page.getByLabel(/或用本地的数据文件生成/).setInputFiles(join(root, 'tests/e2e/fixtures/html-payload.json'));
    await expect(page.locator('#snapshot-status')).toHaveText(/^已生成静态首屏/, { timeout: TAKE_OVER_MS });
    const markup = await page.locator('#snapshot-snippet').inputValue();
    expect(markup).toContain('&lt;script&gt;window.__zgPwned=1&lt;/script&gt;发布单位');
    expect(markup).not.toMatch(/<(script|img|svg onload|a href)/i);

    await page.getByLabel(/或用本地的数据文件生成/).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format_version": 1, "report": ') });
    await expect(page.locator('#snapshot-status')).toContainText('数据文件有误，无法生成静态首屏');
    await expect(page.locator('#snapshot-snippet')).toHaveValue('');

    await page.getByLabel('数据地址（JSON）').fill('/no-such-report.json');
    await page.getByRole('button', { name: '按数据地址生成静态首屏' }).click();
    await expect(page.locator('#snapshot-status')).toHaveText('无法读取数据地址（服务器返回 HTTP 404）。');
    await expectNoAxeViolations(page);
  });
});
