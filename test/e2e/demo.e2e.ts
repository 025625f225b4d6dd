/**
 * Drives the demo in real Chromium (Debian's /usr/bin/chromium through playwright-core): the
 * built site served by `vite preview`, the same site from a sub-path, and the dev server.
 * Nothing leaves 127.0.0.1: the SDK's requests to https://latest.handl.io are answered by the
 * handl-rx/msw mock inside the demo's service worker.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { serveStatic, startProxy, type StaticServer } from './local-servers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = `${root}demo/vite.config.ts`;
const siteDir = `${root}test-output/demo-site`;

let browser: Browser;

beforeAll(async () => {
  await build({ configFile, logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
  mkdirSync(`${root}test-output`, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh page on `url` with the mock worker in control; fails the test on any page error. */
async function open(url: string): Promise<{ page: Page; errors: string[]; handlRequests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  const errors: string[] = [];
  const handlRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Chromium logs every 4xx/5xx answer as a console error; the faults are on purpose.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url().startsWith('https://latest.handl.io/')) handlRequests.push(`${request.method()} ${request.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-mock="ready"][data-selected="passport-utopia-td3-specimen.jpg"]');
  return { page, errors, handlRequests };
}

async function pickBehaviour(page: Page, id: string): Promise<void> {
  await page.click(`.behaviour:has(input[value="${id}"])`);
  expect(await page.isChecked(`input[name="behaviour"][value="${id}"]`)).toBe(true);
}

async function pickSample(page: Page, id: string, file: string): Promise<void> {
  await page.click(`[data-sample="${id}"]`);
  await page.waitForSelector(`body[data-selected="${file}"]`);
}

/** Runs and waits for the final state; returns the statuses the timeline shows, in order. */
async function runToEnd(page: Page, timeout = 20_000): Promise<string[]> {
  await page.click('#run');
  await page.waitForSelector('#timeline li[data-status="done"], #timeline li[data-status="error"]', { timeout });
  return page.$$eval('#timeline li[data-status]', (items) => items.map((li) => (li as HTMLElement).dataset['status'] ?? ''));
}

const requestsSent = (page: Page) => page.evaluate(() => (window as unknown as { handlDemo: { requestsSent(): number } }).handlDemo.requestsSent());
const mockRequests = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { handlDemo: { mockRequests(): { method: string; path: string; status: number; fault?: string }[] } }).handlDemo.mockRequests(),
  );

describe('built demo (vite preview)', () => {
  let server: PreviewServer;
  let page: Page;
  let errors: string[];
  let handlRequests: string[];

  beforeAll(async () => {
    server = await preview({ configFile, logLevel: 'warn', build: { outDir: siteDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview printed no URL');
    ({ page, errors, handlRequests } = await open(url));
  });

  afterAll(async () => {
    await page?.close();
    await new Promise((resolve) => server?.httpServer.close(resolve));
  });

  it('runs the Utopia passport to done and draws every field on the image', async () => {
    const statuses = await runToEnd(page);
    expect(statuses).toEqual(['submitted', 'pending', 'pending', 'done']);

    const rows = await page.$$eval('#result tr.field-row', (trs) =>
      trs.map((tr) => [tr.querySelector('.field-name')?.textContent, tr.querySelector('.field-text')?.textContent]),
    );
    expect(rows).toHaveLength(13);
    expect(rows).toContainEqual(['surname', 'ERIKSSON']);
    expect(rows).toContainEqual(['series_and_number', 'L898902C3']);

    // 13 fields, the two-line MRZ has two polygons; the overlay uses the image's own pixels.
    expect(await page.locator('#result svg.overlay polygon').count()).toBe(14);
    expect(await page.getAttribute('#result svg.overlay', 'viewBox')).toBe('0 0 1334 880');

    // The surname box sits inside the picture, over its left half (where ERIKSSON is printed).
    const image = await page.locator('#result .stage img').boundingBox();
    const box = await page.locator('#result g[data-key="0:surname"] polygon').boundingBox();
    expect(image && box).toBeTruthy();
    if (image && box) {
      expect(box.x).toBeGreaterThan(image.x + image.width * 0.3);
      expect(box.x + box.width).toBeLessThan(image.x + image.width * 0.5);
      expect(box.y).toBeGreaterThan(image.y + image.height * 0.25);
      expect(box.y + box.height).toBeLessThan(image.y + image.height * 0.32);
    }

    // Hovering a row lights its box, and the other way round.
    await page.hover('#result tr[data-key="0:surname"]');
    expect(await page.getAttribute('#result g[data-key="0:surname"]', 'class')).toContain('hot');
    await page.hover('#result g[data-key="0:date_of_birth"] polygon');
    expect(await page.getAttribute('#result tr[data-key="0:date_of_birth"]', 'class')).toContain('hot');

    // The confidence bands are the documented ones.
    const band = (key: string) => page.getAttribute(`#result tr[data-key="${key}"] .conf-band`, 'class');
    expect(await band('0:surname')).toContain('band-certain');
    expect(await band('0:personal_number')).toContain('band-possibly-wrong');

    // The raw JSON toggle shows the API's own body.
    await page.click('#toggle-json');
    expect(JSON.parse((await page.textContent('#raw-json')) ?? '')).toMatchObject({ items: [{ doc_type: 'passport_main' }] });
    await page.click('#toggle-json');
    expect(handlRequests[0]).toMatch(/^POST https:\/\/latest\.handl\.io\/recognize\?async=true/);
  });

  it('recovers from a flaky server: a 502 page and a 503, then done', async () => {
    await pickBehaviour(page, 'flaky');
    await page.fill('#verify', 'surname=Eriksson, sex=M');
    const statuses = await runToEnd(page);
    await page.fill('#verify', '');
    // the two failed polls show as pending states carrying their failure, then the task recovers
    expect(statuses).toEqual(['submitted', 'pending', 'pending', 'pending', 'done']);
    expect(await page.$$eval('#timeline li[data-status="pending"] .kind', (els) => els.map((el) => el.textContent))).toEqual(['server', 'server']);
    const http = await page.$$eval('#timeline .tl-http .http-status', (els) => els.map((el) => el.textContent));
    expect(http).toEqual(['200', '502', '503', '202', '200']);
    expect((await mockRequests(page)).map((r) => r.fault ?? null)).toEqual([null, 'html', 'status', null, null]);
    expect(await page.locator('#result tr.field-row').count()).toBe(13);
    // verifyFields reached the mock, which reconciled them like Handl: `valid` per checked field.
    expect(await page.textContent('#result tr[data-key="0:surname"] .field-valid')).toBe('✓ match');
    expect(await page.textContent('#result tr[data-key="0:sex"] .field-valid')).toBe('✗ differs');
    expect(await page.textContent('#result tr[data-key="0:nationality"] .field-valid')).toBe('—');
  });

  it('ends a task that never finishes at its deadline, with the kind explained', async () => {
    await pickBehaviour(page, 'never');
    const started = Date.now();
    const statuses = await runToEnd(page);
    expect(Date.now() - started).toBeGreaterThan(5_500);
    expect(statuses[0]).toBe('submitted');
    expect(statuses.at(-1)).toBe('error');
    expect(statuses.filter((s) => s === 'pending').length).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('#timeline li[data-status="error"] .kind')).toBe('deadline');
    expect(await page.textContent('#timeline li[data-status="error"]')).toContain('resume it later with result$(');

    // The task id survives the deadline: result$ picks the task up again, without a new submit.
    const submits = (await mockRequests(page)).filter((r) => r.method === 'POST').length;
    await page.click('#result .error-card button');
    await page.waitForSelector('#timeline li.tl-note ~ li[data-status="pending"]');
    await page.click('#cancel');
    expect((await mockRequests(page)).filter((r) => r.method === 'POST')).toHaveLength(submits);
  });

  it('cancels a run: it unsubscribes and no request follows', async () => {
    await pickBehaviour(page, 'never');
    await page.click('#run');
    await page.waitForSelector('#timeline li[data-status="pending"]');
    await page.click('#cancel');
    const sent = await requestsSent(page);
    const seenByMock = (await mockRequests(page)).length;
    const seenByBrowser = handlRequests.length;
    await page.waitForSelector('#timeline li.tl-note', { timeout: 6_000 }); // the demo's own 3 s watch
    await page.waitForTimeout(1_000);
    expect(await requestsSent(page)).toBe(sent);
    expect((await mockRequests(page)).length).toBe(seenByMock);
    expect(handlRequests.length).toBe(seenByBrowser);
    expect(await page.textContent('#timeline li.tl-note')).toContain('No request was sent');
    expect(await page.getAttribute('#run-status', 'data-status')).toBe('cancelled');
    expect(await page.textContent('#timeline li[data-status="cancelled"]')).toContain('Polling stopped');
  });

  it('screenshots the driver licence result for the README', async () => {
    await pickBehaviour(page, 'normal');
    await pickSample(page, 'licence', 'driver-license-massachusetts-fake.png');
    await page.setViewportSize({ width: 1440, height: 1100 });
    expect(await runToEnd(page)).toEqual(['submitted', 'pending', 'pending', 'done']);
    expect(await page.locator('#result tr.field-row').count()).toBe(16);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.hover('#result tr[data-key="0:number"]'); // high enough not to scroll the page
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.screenshot({ path: `${root}test-output/demo.png` });
    // The README's copy changes only when asked (`npm run screenshot`), so a test run leaves the tree clean.
    if (process.env['HANDL_UPDATE_SCREENSHOT'] === '1') await page.screenshot({ path: `${root}docs/demo.png` });
    expect(errors).toEqual([]);
  });

  it('takes a file of your own and says when the mock has no annotations for it', async () => {
    await page.setInputFiles('#file-input', `${root}fixtures/documents/passport-canada-specimen-jpeg-named-png.png`);
    await page.waitForSelector('body[data-selected="passport-canada-specimen-jpeg-named-png.png"]');
    expect((await runToEnd(page)).at(-1)).toBe('done');
    expect(await page.textContent('#result .notice')).toContain('not one of the bundled samples');
    const [submit] = await page.evaluate(() => (window as unknown as { handlDemo: { mockRequests(): unknown[] } }).handlDemo.mockRequests());
    expect(submit).toMatchObject({ method: 'POST', path: '/recognize' });
    expect(errors).toEqual([]);
  });

  it('talks to your proxy without a token, with the mock worker out of the way', async () => {
    const proxy = await startProxy();
    const { page: own, errors: ownErrors, handlRequests: mocked } = await open(server.resolvedUrls?.local[0] ?? '');
    try {
      await own.click('#connection');
      await own.click('.choice:has(input[value="proxy"])');
      await own.fill('input[name="proxy-url"]', `${proxy.url}/api/handl`);
      await own.click('button[value="save"]');
      await own.waitForSelector('body:not([data-mock])');
      expect(await own.textContent('#conn-label')).toBe('Proxy');
      await own.click('.segmented label:has(input[value="sync"])');
      expect((await runToEnd(own)).at(-1)).toBe('done');
      expect(proxy.seen).toEqual([{ method: 'POST', url: '/api/handl/recognize?async=false', authorization: undefined }]);
      expect(await own.locator('#result tr.field-row').count()).toBe(13);
      expect(mocked).toEqual([]);
      expect(ownErrors).toEqual([]);
    } finally {
      await own.close();
      await proxy.close();
    }
  });
});

describe('built demo served from a sub-path', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(siteDir, '/tools/handl-demo/');
  });

  afterAll(async () => {
    await server?.close();
  });

  it('registers the worker in its own scope and runs the Czech passport', async () => {
    const { page, errors } = await open(server.url);
    try {
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      expect(scope).toBe(server.url);
      await pickSample(page, 'czech', 'passport-czech-specimen-small.jpg');
      expect((await runToEnd(page)).at(-1)).toBe('done');
      expect(await page.locator('#result svg.overlay polygon').count()).toBe(14);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('dev server (npm run demo)', () => {
  let server: ViteDevServer;

  beforeAll(async () => {
    server = await createServer({ configFile, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('serves the same app with the mock worker and runs the telescope photo to "no document"', async () => {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite printed no URL');
    const { page, errors } = await open(url);
    try {
      await pickSample(page, 'telescope', 'not-a-document-telescope.jpg');
      expect((await runToEnd(page)).at(-1)).toBe('done');
      expect(await page.textContent('#result .result-summary')).toContain('No document found');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
