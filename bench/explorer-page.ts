// The explorer page at 500 nodes, in headless Chromium on this machine: a
// branch's two-hop neighbourhood in a synthetic graph (the API's limit of 500
// cuts it), then what a user does with it. Figures, medians of BENCH_RUNS:
//   open    — navigation to drawn; of which `read` (the API) and `draw` (layout + first paint)
//   select  — a node's highlight and its panel, to the next painted frame
//   zoom    — one zoom step, to the next painted frame
//   expand  — a click on a member to its neighbours drawn (read + layout + paint)
//   evidence — a click on an edge to its sentence shown
// Run: npm run bench:explorer   (a fresh embedded Neo4j; BENCH_RUNS, default 5)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openGraph } from '../src/store/open-graph.js';
import { startApiServer } from '../src/api/server.js';
import { toGlobalId } from '../src/api/ids.js';
import { launchBrowser } from '../test/browser/support/browser.js';
import { writeSyntheticGraph } from './api-synthetic-graph.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SHAPE = { bureaus: 1, branchesPerBureau: 2, stationsPerBranch: 10, membersPerStation: 50, honours: 200, organizations: 50, articles: 100 };

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-explorer-'));
const config = loadConfig({ ...process.env, NODE_ENV: 'production', NEO4J_DATA_DIR: dataDir, PORT: '0', PLAYGROUND: 'false', LOG_LEVEL: 'warn' });
const logger = createLogger('warn');
const graph = await openGraph(config, logger);
const api = await startApiServer({ db: graph.db, config, logger });
const browser = await launchBrowser();

interface Run { nodes: number; edges: number; leftOut: string; openMs: number; readMs: number; drawMs: number; selectMs: number; zoomMs: number; expandMs: number; expandDrawMs: number; evidenceMs: number }

const lastMeasure = (page: Page, name: string) =>
  page.evaluate((name) => performance.getEntriesByName(name).at(-1)!.duration, name);

/** Runs `act` in the page and returns the time until the browser has painted its result. */
const toNextFrame = (page: Page, act: string) =>
  page.evaluate(async (act) => {
    const { canvas } = (window as any).explorer;
    const start = performance.now();
    new Function('canvas', act)(canvas);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  }, act);

async function once(url: string): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  try {
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.loading === 'false', undefined, { timeout: 120_000 });
    const openMs = Date.now() - started;
    const [readMs, drawMs] = [await lastMeasure(page, 'explorer:read'), await lastMeasure(page, 'explorer:draw')];
    const { nodes, edges, member, edge } = await page.evaluate(() => {
      const { canvas } = (window as any).explorer;
      const member = canvas.graph.findNode((_: string, a: { entityType: string }) => a.entityType === 'Person');
      return { nodes: canvas.graph.order, edges: canvas.graph.size, member, edge: canvas.graph.edges()[0] };
    });
    const leftOut = (await page.locator('#status .cut').textContent()) ?? '';
    const selectMs = await toNextFrame(page, `canvas.select(${JSON.stringify(member)})`);
    const zoomMs = await toNextFrame(page, `canvas.renderer.getCamera().setState({ ratio: canvas.renderer.getCamera().ratio / 1.5 })`);
    await toNextFrame(page, `canvas.renderer.getCamera().setState({ ratio: 1.15 })`);

    // Expand through the page's own click handler on the member's pixel.
    const box = (await page.locator('#graph').boundingBox())!;
    const at = await page.evaluate((id) => (window as any).explorer.canvas.nodePosition(id), member);
    const before = await page.evaluate(() => document.body.dataset.drawn);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => document.getElementById('graph')!.style.cursor === 'pointer');
    const clicked = Date.now();
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction((b) => document.body.dataset.drawn !== b && document.body.dataset.loading === 'false', before);
    // The page waits the double-click time before treating a click as one: not part of the response.
    const doubleClickMs = await page.evaluate(() => (window as any).explorer.canvas.renderer.getSetting('doubleClickTimeout'));
    const expandMs = Date.now() - clicked - doubleClickMs;
    const expandDrawMs = await lastMeasure(page, 'explorer:draw');

    const opened = Date.now();
    await page.evaluate((e) => (window as any).explorer.openEdge(e), edge);
    await page.locator('#details .paragraph mark').first().waitFor();
    const evidenceMs = Date.now() - opened;
    return { nodes, edges, leftOut, openMs, readMs, drawMs, selectMs, zoomMs, expandMs, expandDrawMs, evidenceMs };
  } finally {
    await page.close();
  }
}

try {
  const { branchIds } = await writeSyntheticGraph(graph.db, SHAPE);
  const focus = toGlobalId('Unit', branchIds[0]!);
  const url = `${new URL(api.url).origin}/explore?focus=${encodeURIComponent(focus)}&depth=2&limit=500`;
  await once(url); // warm-up: Neo4j plans the queries, the JIT compiles the page
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(url));
  const median = (k: keyof Run) => {
    const xs = runs.map((r) => r[k] as number).sort((a, b) => a - b);
    return Math.round(xs[Math.floor(xs.length / 2)]!);
  };
  const figures = Object.fromEntries((['openMs', 'readMs', 'drawMs', 'selectMs', 'zoomMs', 'expandMs', 'expandDrawMs', 'evidenceMs'] as const).map((k) => [k, median(k)]));
  const result = { date: new Date().toISOString(), loadAverage: os.loadavg()[0], runs: RUNS, nodes: runs[0]!.nodes, edges: runs[0]!.edges, leftOut: runs[0]!.leftOut, medians: figures, all: runs };
  console.log(JSON.stringify({ ...result, all: undefined }, null, 2));
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/explorer-page.json', `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await api.stop();
  await graph.close();
  rmSync(dataDir, { recursive: true, force: true });
}
