/**
 * The workbench in a real browser: Debian's Chromium driven by playwright-core against the real
 * server on 127.0.0.1 with a real SQLite file. Skips, saying why, when /usr/bin/chromium is absent
 * (`apt-get install -y chromium`). Screenshots go to .screenshots/ (git-ignored).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { postJson, startTestServer, type TestServer } from '../server/start-test-server.ts';
import { webRoutes } from './web-routes.ts';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = join(root, '.screenshots');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent: install it with "apt-get install -y chromium" to run the browser tests`;

/** Two reports of one bombing, written for this test: different outlets, different death tolls. */
const REPORTS = [
  {
    outlet: 'Border Herald', published: '2024-05-12',
    text: 'PESHAWAR, May 11 (Border Herald) - A suicide bomber blew himself up at a crowded market in Peshawar on Saturday, killing seven people and wounding 15 others, police said. No group claimed responsibility.',
  },
  {
    outlet: 'Khyber Times', published: '2024-05-13',
    text: 'Peshawar, 13 May 2024 - Eleven people were killed when a suicide bomber struck a crowded market in Peshawar on Saturday, hospital officials said on Monday. Fifteen people were wounded in the blast.',
  },
];

const HOSTILE = {
  title: 'Breaking <script>window.__pwned = "title-script"</script><img src=x onerror="window.__pwned = \'title-img\'">',
  text: 'QUETTA, June 2 - Gunmen shot dead three policemen at a checkpoint in Quetta on Sunday, officials said. <script>window.__pwned = "text-script"</script> <img src=x onerror="window.__pwned = \'text-img\'"> <b onmouseover="window.__pwned = 1">bold</b>',
};

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

before(async () => {
  if (skip) return;
  const { chromium } = await import('playwright-core');
  server = await startTestServer({ ingest: false, staticFiles: webRoutes() });
  for (const r of REPORTS) {
    const res = await server.fetchJson('/api/ingest', postJson(r));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.added, 1);
  }
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`request off the server: ${r.url()}`); });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function bombing(): Promise<any> {
  const list = await server.fetchJson('/api/incidents?text=Peshawar');
  assert.equal(list.body.total, 1, 'the two reports are one incident');
  return (await server.fetchJson(`/api/incidents/${encodeURIComponent(list.body.incidents[0].id)}`)).body;
}

test('the incidents page: markers on a vector basemap, the list, the timeline', { skip }, async () => {
  const res = await fetch(`${server.url}/`);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('main[data-loaded=incidents]');
  await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('.leaflet-overlay-pane path').length > 100, null, { timeout: 10_000 });
  assert.equal(await page.locator('.incident-marker').count(), 1, 'one marker for the one bombing');
  assert.equal(await page.locator('.incident-list li').count(), 1);
  assert.match(await page.locator('.incident-list').innerText(), /Peshawar/);
  await page.screenshot({ path: join(shots, 'incidents.png') });

  // The timeline: a click on the bar of May 2024 sets the date range in the URL.
  await page.locator('.bar-hit[data-month="2024-05"]').dispatchEvent('pointerdown');
  await page.locator('.bar-hit[data-month="2024-05"]').dispatchEvent('pointerup');
  await page.waitForFunction(() => (globalThis as any).location.hash.includes('from=2024-05-01') && (globalThis as any).location.hash.includes('to=2024-05-31'));
  await page.waitForFunction(() => (globalThis as any).document.getElementById('f-from').value === '2024-05-01');
  assert.equal(await page.locator('.incident-list li').count(), 1);
  // A range with nothing in it empties the map and the list.
  await page.goto(`${server.url}/#/incidents?from=2020-01-01&to=2020-12-31`);
  await page.waitForFunction(() => (globalThis as any).document.querySelector('.list h2')?.textContent === 'Incidents (0)');
  assert.equal(await page.locator('.incident-marker').count(), 0);
});

test('the incident page: both figures with their quotes highlighted, a claim scrolls to its quote', { skip }, async () => {
  const incident = await bombing();
  const killed = incident.claims.filter((c: any) => c.field === 'killed');
  assert.ok(killed.length >= 2, `two killed claims, got ${killed.length}`);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.incident-marker');
  await page.locator('.incident-marker').first().click({ force: true });
  await page.waitForSelector('main[data-loaded=incident]');
  assert.equal(await page.locator('article.document').count(), 2);
  for (const claim of killed) {
    const marked = await page.$$eval(`mark`, (marks, id) => marks.filter((m) => (m as any).dataset.claims!.split(' ').includes(String(id))).map((m) => m.textContent).join(''), claim.id);
    assert.equal(marked, claim.quote, `claim ${claim.id} (${claim.value}, ${claim.source}) is highlighted exactly`);
  }
  assert.match(await page.locator('[data-figure=killed]').innerText(), /11/);
  const last = killed[killed.length - 1];
  await page.locator(`tr[data-claim="${last.id}"] button.to-quote`).click();
  const current = await page.$$eval('mark.current', (marks) => marks.map((m) => m.textContent).join(''));
  assert.equal(current, last.quote);
  await page.screenshot({ path: join(shots, 'incident.png'), fullPage: true });
});

test('the sources page: grading a source updates the page', { skip }, async () => {
  await page.goto(`${server.url}/#/sources`);
  await page.waitForSelector('main[data-loaded=sources]');
  const row = page.locator('tr[data-source]').first();
  const id = await row.getAttribute('data-source');
  await row.locator('select').selectOption('B');
  await page.waitForFunction((sid) => (globalThis as any).document.querySelector(`tr[data-source="${(globalThis as any).CSS.escape(sid!)}"] td.grade`)?.getAttribute('data-grade') === 'B', id);
  assert.match(await page.locator('#status').innerText(), /graded B/);
  const sources = (await server.fetchJson('/api/sources')).body.sources;
  assert.equal(sources.find((s: any) => s.id === id).reliability, 'B');
  await page.screenshot({ path: join(shots, 'sources.png') });
});

test('a hostile document pasted on the ingest page is shown as text and nothing in it runs', { skip }, async () => {
  await page.goto(`${server.url}/#/ingest`);
  await page.getByLabel('Report text (paste)').fill(HOSTILE.text);
  await page.getByLabel('Title').fill(HOSTILE.title);
  await page.getByLabel('Published').fill('2024-06-03');
  await page.getByRole('button', { name: 'Ingest' }).click();
  await page.waitForSelector('.results tr.status-added');
  await page.screenshot({ path: join(shots, 'ingest.png') });
  const link = page.locator('.results a').first();
  assert.ok(await link.count(), 'the hostile report makes an incident');
  await link.click();
  await page.waitForSelector('main[data-loaded=incident]');
  await page.locator('.doc-text').first().hover();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (globalThis as any).__pwned), undefined, 'no script from the document ran');
  assert.equal(await page.locator('main img, main script, main b').count(), 0, 'no element from the document');
  assert.ok((await page.locator('article.document h4').innerText()).includes('<script>'), 'the title is shown as text');
  assert.ok((await page.locator('.doc-text').innerText()).includes('onerror'), 'the text is shown as text');
});

test('nothing was fetched from anywhere else, and no error in the page', { skip }, () => {
  assert.deepEqual(problems.filter((p) => !p.includes('favicon')), []);
});
