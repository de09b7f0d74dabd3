// Which graph library draws the explorer: cytoscape.js + fcose, sigma.js +
// graphology (ForceAtlas2) and AntV G6, each bundled by esbuild and run in
// headless Chromium on the same 500-node neighbourhood (explorer-libraries/graph.ts).
// Measured: build + layout + first paint, a click's highlight, a zoom step, an
// expand (25 nodes added, laid out again), and the minified bundle size.
// The page ships sigma.js + graphology; the others are installed for this run alone:
//   npm install --no-save cytoscape@3.34 cytoscape-fcose@2.2 @antv/g6@5.1
//   node --import tsx bench/explorer-libraries.ts
// BENCH_RUNS (default 5), BENCH_LIBRARIES (cytoscape,sigma,g6), BENCH_QUALITY (fcose: default or draft).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import { launchBrowser } from '../test/browser/support/browser.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIBRARIES = (process.env.BENCH_LIBRARIES?.split(',') ?? ['cytoscape', 'sigma', 'g6']);

interface Figures { layoutMs: number; selectMs: number; zoomMs: number; expandMs: number }

async function bundle(library: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { run } from './${library}.js';
        import { neighbourhood } from './graph.js';
        window.measure = async () => {
          const graph = neighbourhood(500);
          const el = document.getElementById('c');
          const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };
          const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
          const layoutMs = await time(() => run.layout(el, graph));
          const selects = [];
          for (const n of graph.nodes.slice(0, 5)) selects.push(await time(() => run.select(n.id)));
          const zooms = [];
          for (let i = 0; i < 5; i++) zooms.push(await time(() => run.zoom()));
          const added = neighbourhood(25 + 16 + 60 + 40 + 24 + 1);
          const persons = added.nodes.filter((n) => n.type === 'Person').map((n) => ({ ...n, id: 'x' + n.id }));
          const extra = { nodes: persons, edges: persons.map((p, i) => ({ id: 'xe' + i, source: p.id, target: 'Unit-1', label: '民警' })) };
          const expandMs = await time(() => run.expand('Unit-1', extra));
          return { layoutMs, selectMs: median(selects), zoomMs: median(zooms), expandMs };
        };`,
      resolveDir: new URL('./explorer-libraries/', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await launchBrowser();
const results: Record<string, Figures & { bundleKb: number; runs: Figures[] }> = {};
try {
  for (const library of LIBRARIES) {
    const code = await bundle(library);
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<div id="c" style="width:1280px;height:800px"></div>');
      await page.bringToFront();
      await page.addScriptTag({ content: `globalThis.QUALITY = ${JSON.stringify(process.env.BENCH_QUALITY ?? 'default')};` });
      await page.addScriptTag({ content: code });
      // A run that stalls (a frame never painted in a background page) is an error, not a hang.
      const stalled = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${library}: run ${i + 1} stalled`)), 120_000).unref());
      runs.push(await Promise.race([page.evaluate(() => (window as unknown as { measure(): Promise<Figures> }).measure()), stalled]));
      if (errors.length) throw new Error(`${library}: ${errors.join('; ')}`);
      await page.close();
    }
    const pick = (k: keyof Figures) => Math.round(median(runs.map((r) => r[k])));
    results[library] = {
      layoutMs: pick('layoutMs'), selectMs: pick('selectMs'), zoomMs: pick('zoomMs'), expandMs: pick('expandMs'),
      bundleKb: Math.round(Buffer.byteLength(code) / 1024),
      runs,
    };
    console.log(library, JSON.stringify({ ...results[library], runs: undefined }));
  }
} finally {
  await browser.close();
}
mkdirSync('bench/results', { recursive: true });
const loadAverage = loadavg()[0];
writeFileSync(
  `bench/results/explorer-libraries${process.env.BENCH_QUALITY ? `-${process.env.BENCH_QUALITY}` : ''}.json`,
  `${JSON.stringify({ date: new Date().toISOString(), loadAverage, runs: RUNS, nodes: 500, results }, null, 2)}\n`,
);
