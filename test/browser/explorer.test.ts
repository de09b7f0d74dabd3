// The explorer page in Debian's Chromium against the API on the seeded graph:
// what an analyst does with it, click by click, on the real canvas. Screenshots
// of the main states go to test/browser/screenshots/ (not committed).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { createLogger } from '../../src/logger.js';
import { loadSeedArticles } from '../../src/loader/index.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { testConfig } from '../api/support/harness.js';
import { openTestGraph } from '../support/test-graph.js';
import { launchBrowser } from './support/browser.js';

const SHOTS = 'test/browser/screenshots';
const READ_TOKEN = 'browser-test-read-token-0123456789';

let db: GraphDb;
let browser: Browser;
const servers: ApiServer[] = [];
/** Every URL any page of the run asked for: none may leave this machine. */
const requested: string[] = [];
const pageErrors: string[] = [];

const start = async (env: Record<string, string> = {}) => {
  const server = await startApiServer({ db, config: testConfig({ PORT: '0', ...env }), logger: createLogger('silent') });
  servers.push(server);
  return new URL(server.url).origin;
};

let origin: string;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await openTestGraph();
  await loadSeedArticles(db, 'seed/articles');
  origin = await start();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.stop();
  await db?.close();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  context.on('request', (r) => requested.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page };
}

/** Waits for the view that `act` asks for to be read and drawn. */
async function settled(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.drawn ?? '0');
  await act();
  await page.waitForFunction((b) => document.body.dataset.drawn !== b && document.body.dataset.loading === 'false', before);
}

/** The names drawn on the canvas. */
const drawnNames = (page: Page) =>
  page.evaluate(() => {
    const { canvas } = (window as any).explorer;
    return (canvas.graph.mapNodes((_: string, a: { label: string }) => a.label) as string[]).sort();
  });

/** Where the node named `name` is on the page, in pixels. */
async function nodePoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((name) => {
    const { canvas } = (window as any).explorer;
    const id = canvas.graph.findNode((_: string, a: { label: string }) => a.label === name);
    if (!id) throw new Error(`${name} is not drawn`);
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const p = canvas.nodePosition(id);
    return { x: box.left + p.x, y: box.top + p.y };
  }, name);
}

/** A point on the edge between two named nodes, clear of every node drawn. */
async function edgePoint(page: Page, from: string, to: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([from, to]) => {
      const { canvas } = (window as any).explorer;
      const byName = (name: string) => canvas.graph.findNode((_: string, a: { label: string }) => a.label === name);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const [a, b] = [canvas.nodePosition(byName(from)), canvas.nodePosition(byName(to))];
      const all = canvas.graph.mapNodes((id: string) => canvas.nodePosition(id));
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
        const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        if (all.every((n: { x: number; y: number }) => Math.hypot(n.x - p.x, n.y - p.y) > 14)) return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
      }
      throw new Error(`no clear point on the edge ${from} → ${to}`);
    },
    [from, to] as const,
  );
}

async function openFromSearch(page: Page, query: string, name: string): Promise<void> {
  await page.fill('#search', query);
  const hit = page.locator('.hit .name').getByText(name, { exact: true }).first();
  await hit.waitFor();
  await settled(page, () => hit.click());
}

const focusOf = (page: Page) => new URL(page.url()).searchParams.get('focus');

/** As a user does: point at the node or edge, see the pointer (sigma has found what is under it), click. */
async function clickOnCanvas(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(() => document.getElementById('graph')!.style.cursor === 'pointer');
  await page.mouse.click(at.x, at.y);
}

describe('the explorer page', () => {
  it('search → open a unit → expand a member → click an edge → its sentence in the evidence panel', async () => {
    const { context, page } = await newPage();
    await page.goto(`${origin}/explore`);
    await page.fill('#search', '巡特警');
    // Hits grouped by type, each with its context: a unit's parent.
    const hit = page.locator('.hit', { hasText: '泰州市公安局海陵分局巡特警大队' }).first();
    await expect.poll(() => hit.textContent()).toContain('in 泰州市公安局海陵分局');
    await expect.poll(() => page.locator('.group h3').allTextContents()).toContain('Unit');
    await settled(page, () => hit.click());
    expect(focusOf(page)).toBeTruthy();
    expect(await drawnNames(page)).toEqual(expect.arrayContaining(['泰州市公安局海陵分局巡特警大队', '王洪斌', '张爱勇', '泰州市公安局海陵分局']));
    expect(await drawnNames(page)).not.toContain('全省优秀人民警察');
    await page.screenshot({ path: `${SHOTS}/1-neighbourhood.png` });

    // A click on a member adds what is around them: here their honour.
    const member = await nodePoint(page, '王洪斌');
    await settled(page, () => clickOnCanvas(page, member));
    expect(await drawnNames(page)).toContain('全省优秀人民警察');
    expect(new URL(page.url()).searchParams.get('expand')).toBeTruthy();
    await expect.poll(() => page.locator('#details .entity-name').textContent()).toBe('王洪斌');

    // A click on the award edge opens its evidence: the sentence that states it, marked in its paragraph.
    const edge = await edgePoint(page, '王洪斌', '全省优秀人民警察');
    await clickOnCanvas(page, edge);
    const mark = page.locator('#details .paragraph mark').first();
    await mark.waitFor();
    const edgeId = new URL(page.url()).searchParams.get('edge')!;
    const expected = await (
      await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query ($id: String!) { edge(id: $id) { type evidence { sentence article { title } } } }', variables: { id: edgeId } }),
      })
    ).json();
    const evidence = expected.data.edge.evidence;
    expect(expected.data.edge.type).toBe('RECEIVED');
    expect(await mark.textContent()).toBe(evidence[0].sentence);
    expect(evidence[0].sentence).toContain('王洪斌');
    expect(evidence[0].sentence).toContain('全省优秀人民警察');
    // The paragraph around it, and the article's title.
    expect((await page.locator('#details .paragraph').first().textContent())!.length).toBeGreaterThan(evidence[0].sentence.length);
    expect(await page.locator('#details .article h4').first().textContent()).toBe(evidence[0].article.title);
    // Off the nodes, so the picture shows the whole view rather than one node's hover.
    const graphBox = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(graphBox.x + 5, graphBox.y + 5);
    await page.screenshot({ path: `${SHOTS}/2-evidence.png` });

    // The URL reopens the same view: same entities drawn, same evidence open.
    const link = page.url();
    const names = await drawnNames(page);
    const again = await context.newPage();
    again.on('pageerror', (e) => pageErrors.push(e.message));
    await again.goto(link);
    await again.waitForFunction(() => document.body.dataset.loading === 'false');
    expect(await drawnNames(again)).toEqual(names);
    await again.locator('#details .paragraph mark').first().waitFor();
    expect(await again.locator('#details .paragraph mark').first().textContent()).toBe(evidence[0].sentence);
    await context.close();
  });

  it('draws the shortest path between two picked entities, each hop with its sentence', async () => {
    const { context, page } = await newPage();
    await page.goto(`${origin}/explore`);
    await openFromSearch(page, '刁爱清', '刁爱清');
    await page.locator('#details button', { hasText: 'Path from here' }).click();
    await openFromSearch(page, '泰州市公安局', '泰州市公安局');
    await page.locator('#details button', { hasText: 'Path to here' }).click();
    await expect.poll(() => page.locator('#path-from').textContent()).toBe('刁爱清');
    await settled(page, () => page.locator('#show-path').click());
    expect(await drawnNames(page)).toEqual(['东进警务工作服务站', '刁爱清', '泰州市公安局', '泰州市公安局海陵分局', '泰州市公安局海陵分局巡特警大队'].sort());
    const hops = page.locator('#details .hop');
    await expect.poll(() => hops.count()).toBe(4);
    expect(await hops.first().locator('mark').textContent()).toContain('刁爱清');
    await page.screenshot({ path: `${SHOTS}/3-path.png` });
    await context.close();
  });

  it('exports the view as PNG and as JSON with the evidence of every edge, and downloads the whole graph', async () => {
    const { context, page } = await newPage();
    await page.goto(`${origin}/explore`);
    await openFromSearch(page, '东进警务站', '东进警务工作服务站');

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const image = readFileSync((await png.path())!);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    // Width and height from the IHDR chunk: the canvas, not an empty image.
    expect(image.readUInt32BE(16)).toBeGreaterThan(300);
    expect(image.readUInt32BE(20)).toBeGreaterThan(300);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported.nodes.map((n: any) => n.name)).toEqual(expect.arrayContaining(['东进警务工作服务站', '刁爱清']));
    expect(exported.edges.length).toBe(await page.evaluate(() => (window as any).explorer.canvas.graph.size));
    const byName = Object.fromEntries(exported.nodes.map((n: any) => [n.name, n.id]));
    const membership = exported.edges.find((e: any) => e.type === 'MEMBER_OF' && e.source === byName['刁爱清']);
    expect(membership.role).toBe('站长');
    expect(membership.evidence[0].sentence).toContain('刁爱清');
    expect(exported.link).toBe(page.url());

    // The whole graph, as GET /export gives it.
    await page.selectOption('#export-format', 'jsonl');
    const [graph] = await Promise.all([page.waitForEvent('download'), page.click('#export-graph')]);
    expect(graph.suggestedFilename()).toBe('police-kg.jsonl');
    const records = readFileSync((await graph.path())!, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((r) => r.record === 'article')).toHaveLength(5);
    expect(records.find((r) => r.record === 'entity' && r.name === '东进警务工作服务站')).toBeDefined();

    // Refused (the API's 429 while EXPORT_CONCURRENCY downloads run, tested in test/export): the page says why.
    const busy = { errors: [{ message: '2 exports are running (EXPORT_CONCURRENCY); try again shortly.', extensions: { code: 'TOO_MANY_REQUESTS' } }] };
    await page.route('**/export?*', (route) => route.fulfill({ status: 429, contentType: 'application/json', headers: { 'retry-after': '5' }, body: JSON.stringify(busy) }));
    await page.click('#export-graph');
    await expect.poll(() => page.locator('#status .error').textContent()).toContain('exports are running');
    await context.close();
  });

  it('shows a unit tree, filters by relation and year, and says how many entities the limit left out', async () => {
    const { context, page } = await newPage();
    await page.goto(`${origin}/explore`);
    await openFromSearch(page, '巡特警', '泰州市公安局海陵分局巡特警大队');
    await settled(page, () => page.click('#show-tree'));
    expect(new URL(page.url()).searchParams.get('mode')).toBe('tree');
    const tree = await drawnNames(page);
    expect(tree).toEqual(expect.arrayContaining(['泰州市公安局', '泰州市公安局海陵分局', '东进警务工作服务站']));
    expect(tree).not.toContain('王洪斌');
    // The bureau is drawn above the unit, the station below.
    const top = await nodePoint(page, '泰州市公安局');
    const unit = await nodePoint(page, '泰州市公安局海陵分局巡特警大队');
    const station = await nodePoint(page, '东进警务工作服务站');
    expect(top.y).toBeLessThan(unit.y);
    expect(station.y).toBeGreaterThan(unit.y);
    await page.screenshot({ path: `${SHOTS}/4-hierarchy.png` });

    await settled(page, () => page.click('#show-graph'));
    const relations = () => page.evaluate(() => (window as any).explorer.canvas.graph.mapEdges((_: string, a: { relation: string }) => a.relation) as string[]);
    expect(await relations()).toContain('MEMBER_OF');
    await settled(page, () => page.locator('#relation-filters label', { hasText: 'member of' }).locator('input').uncheck());
    expect(await relations()).not.toContain('MEMBER_OF');
    expect(await drawnNames(page)).not.toContain('王洪斌');

    // Awards of 2015 only: the branch's 2015 award is drawn, the undated ones are not.
    await page.goto(`${origin}/explore`);
    await openFromSearch(page, '城东派出所党支部', '城东派出所党支部');
    expect(await drawnNames(page)).toContain('全省优秀基层党组织');
    await settled(page, () => page.fill('#year-from', '2016').then(() => page.press('#year-from', 'Enter')));
    expect(await drawnNames(page)).not.toContain('全省优秀基层党组织');

    // Three hops around the branch (more than 20 entities in the seeds), at most 20: the rest are counted.
    const { branch, reachable } = await page.evaluate(async () => {
      const ask = async (query: string) =>
        (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()).data;
      const branch = (await ask('{ entitiesByName(name: "泰州市公安局海陵分局") { id } }')).entitiesByName[0].id as string;
      const all = await ask(`{ neighborhood(id: "${branch}", depth: 3, limit: 500) { truncated nodes { id } } }`);
      return { branch, reachable: all.neighborhood.nodes.length as number };
    });
    expect(reachable).toBeGreaterThan(20);
    await page.goto(`${origin}/explore?focus=${encodeURIComponent(branch)}&depth=3&limit=20`);
    await page.waitForFunction(() => document.body.dataset.loading === 'false');
    expect(await drawnNames(page)).toHaveLength(20);
    await expect.poll(() => page.locator('#status .cut').textContent()).toBe(`left out by the limit of 20: ${reachable - 20} more around 泰州市公安局海陵分局`);
    await context.close();
  });

  it('asks once for the read token when READ_TOKENS is set, and keeps it for the session', async () => {
    const guarded = await start({ READ_TOKENS: READ_TOKEN });
    const { context, page } = await newPage();
    await page.goto(`${guarded}/explore`);
    await page.fill('#search', '巡特警');
    const dialog = page.locator('#token-dialog');
    await dialog.locator('input').waitFor();
    await dialog.locator('input').fill('wrong-token-0123456789');
    await dialog.locator('button').click();
    await expect.poll(() => dialog.locator('.token-rejected').isVisible()).toBe(true);
    await dialog.locator('input').fill(READ_TOKEN);
    await dialog.locator('button').click();
    await page.locator('.hit', { hasText: '泰州市公安局海陵分局巡特警大队' }).first().waitFor();
    // A reload in the same tab reads with the kept token: no second prompt.
    await page.reload();
    await page.fill('#search', '海陵');
    await page.locator('.hit', { hasText: '泰州市公安局海陵分局' }).first().waitFor();
    expect(await dialog.isVisible()).toBe(false);
    await context.close();
  });

  it('is not served with EXPLORER=false', async () => {
    const off = await start({ EXPLORER: 'false' });
    expect((await fetch(`${off}/explore`)).status).toBe(404);
    expect((await fetch(`${off}/explore/explorer.js`)).status).toBe(404);
    const page = await fetch(`${origin}/explore`);
    expect(page.status).toBe(200);
    // Everything the page loads comes from this server.
    expect(await page.text()).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('asked nothing of any host but this one, and threw no error', () => {
    expect(requested.length).toBeGreaterThan(20);
    const elsewhere = requested.filter((url) => !/^(data|blob):/.test(url) && !['127.0.0.1', 'localhost'].includes(new URL(url).hostname));
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
