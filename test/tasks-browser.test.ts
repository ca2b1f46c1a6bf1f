// The HTML register in a real browser: headless Chromium from Debian (`apt-get install chromium`;
// .ci/run installs it) driven by playwright-core. The page must work from the file alone (every
// request other than the file is refused and counted), show one row per task, hide the other
// rows when filtered by an actor, and sort on a click. A screenshot is kept under test/output/
// (a CI artefact); UPDATE_SCREENSHOT=1 also writes the one the README shows, docs/tasks-report.png.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.log(`test/tasks-browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const OUTPUT = resolve('test/output');
const REPORT = join(OUTPUT, 'tasks-report.html');
const SHOT = join(OUTPUT, 'tasks-report.png');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe.skipIf(!available)('tasks --format html in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let expected: Array<{ document: { number: string | null }; directive: string; lead: string[]; coordinate: string[]; assignee: string[]; reportTo: string[]; due: string | null }>;
  const foreign: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const html = await runCli(['tasks', 'corpus/', '--format', 'html', '--as-of', '2026-12-01']);
    expect(html.code).toBe(0);
    writeFileSync(REPORT, html.stdout);
    const jsonl = await runCli(['tasks', 'corpus/', '--format', 'jsonl', '--as-of', '2026-12-01']);
    expected = jsonl.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as (typeof expected)[number]);
    profile = mkdtempSync(join(tmpdir(), 'chidao-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1100 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows one row per task, asks for nothing but the file, filters by actor, sorts, and is photographed', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(REPORT).href);
    const rows = page.locator('#register tbody tr');
    expect(await rows.count()).toBe(expected.length);
    expect(await page.locator('#register tbody tr:visible').count()).toBe(expected.length);
    expect(await page.locator('#count').textContent()).toBe(`${expected.length} / ${expected.length}`);

    // Filter by an actor: only its tasks stay visible (any role), the others are hidden.
    await page.fill('#f-actor', 'Bộ Công Thương');
    const visible = await page.locator('#register tbody tr:visible td:nth-child(4)').allTextContents();
    const own = expected.filter((r) => [...r.lead, ...r.coordinate, ...r.assignee, ...r.reportTo].includes('Bộ Công Thương'));
    expect(visible).toEqual(own.map((r) => r.directive));
    expect(visible).toEqual(['7', '2.2', 's1']);
    expect(await page.locator('#register tbody tr[hidden]').count()).toBe(expected.length - 3);

    // The same filter typed without diacritics finds the same rows (the page folds marks away).
    await page.fill('#f-actor', 'bo cong thuong');
    expect(await page.locator('#register tbody tr:visible').count()).toBe(3);

    // Cleared, then sorted by due date: the earliest due first, undated rows last.
    await page.fill('#f-actor', '');
    await page.click('#register th:nth-child(2)');
    const dues = (await page.locator('#register tbody tr td:nth-child(2)').allTextContents()).filter(Boolean);
    const expectedDues = expected.map((r) => r.due).filter((d): d is string => d !== null).sort();
    expect(dues).toEqual(expectedDues);
    expect(await page.locator('#register tbody tr td:nth-child(2)').first().textContent()).toBe(expectedDues[0]);

    // A row opens onto the directive's own text.
    await page.locator('#register tbody tr').first().locator('summary').click();
    expect(await page.locator('#register tbody tr').first().locator('details p').isVisible()).toBe(true);

    await page.click('#register th:nth-child(1)');
    await page.screenshot({ path: SHOT });
    if (process.env.UPDATE_SCREENSHOT) {
      // The README's picture: the page as it opens, sorted by due date, from the top.
      await page.reload();
      await page.click('#register th:nth-child(2)');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: SHOT, clip: { x: 0, y: 0, width: 1400, height: 1100 } });
      mkdirSync('docs', { recursive: true });
      copyFileSync(SHOT, 'docs/tasks-report.png');
    }
    expect(existsSync(SHOT)).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  }, 120_000);
});
