// Explorer drawing benchmark: how long the explorer takes to show ego networks of growing size, and how
// smoothly it zooms them, in Debian's headless chromium (playwright-core from tests/browser/node_modules).
//
//   bash bench/browser/run.sh            # starts the service on a scratch copy of the seed, then runs this
//   node bench/browser/explorer.mjs http://127.0.0.1:5098 [rounds]
//
// Per view: the network query alone through fetch (the baseline: what the service and the wire cost), the
// time from opening the view's URL to the drawn graph (page load + query + layout + first render), and
// frames per second while the mouse wheel zooms (Cytoscape's moving-viewport rendering) and while zoom is
// set from script on every frame (a full redraw each frame: the worst case).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../tests/browser/package.json'));
const { chromium } = require('playwright-core');

const base = process.argv[2] ?? 'http://127.0.0.1:5098';
const rounds = Number(process.argv[3] ?? 3);
const views = [
  { name: 'depth 1 (6 actors)', actor: 'actor:pic-999889193', depth: 1, limit: 200 },
  { name: 'depth 2, limit 200', actor: 'actor:pic-999905101', depth: 2, limit: 200 },
  { name: 'depth 2, limit 500', actor: 'actor:pic-999905101', depth: 2, limit: 500 },
  { name: 'depth 3, limit 1000', actor: 'actor:pic-999905101', depth: 3, limit: 1000 },
];

const executablePath = execSync('command -v chromium', { shell: '/bin/bash' }).toString().trim();
const userData = mkdtempSync(path.join(os.tmpdir(), 'gosmart-bench-chromium-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = context.pages()[0] ?? await context.newPage();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`explorer drawing, ${rounds} rounds each, median (chromium ${context.browser()?.version() ?? ''} headless, software rendering, ${os.cpus().length} cores)`);
console.log('| view | nodes | edges | query alone (fetch) | open URL → drawn | ratio | wheel-zoom fps | redraw-every-frame fps |');
console.log('|---|---|---|---|---|---|---|---|');
for (const view of views) {
  const fetchMs = []; const drawMs = []; const wheelFps = []; const redrawFps = [];
  let nodes = 0; let edges = 0;
  for (let round = 0; round < rounds; round++) {
    const url = `${base}/?actor=${encodeURIComponent(view.actor)}&depth=${view.depth}&limit=${view.limit}`;
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    drawMs.push(Date.now() - started);
    nodes = Number(await page.getAttribute('#network', 'data-nodes'));
    edges = Number(await page.getAttribute('#network', 'data-edges'));
    fetchMs.push(await page.evaluate(async (v) => {
      const query = `query($c: ID!, $d: Int!, $l: Int!) { network(center: $c, depth: $d, limit: $l) { truncated center { id name }
        nodes { id label kind country regionId degree depth strength } edges { source target weight relation firstYear lastYear declared } } }`;
      const t = performance.now();
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { c: v.actor, d: v.depth, l: v.limit } }) });
      await r.json();
      return performance.now() - t;
    }, view));
    await page.evaluate(() => { window.benchFrames = 0; window.benchRun = true; const f = () => { window.benchFrames++; if (window.benchRun) requestAnimationFrame(f); }; requestAnimationFrame(f); });
    await page.mouse.move(500, 500);
    const wheelStart = Date.now();
    for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, i % 20 < 10 ? -60 : 60); await page.waitForTimeout(25); }
    wheelFps.push(await page.evaluate(() => { window.benchRun = false; return window.benchFrames; }) / ((Date.now() - wheelStart) / 1000));
    redrawFps.push(await page.evaluate(async () => {
      const cy = window.gosmart.cy;
      const t = performance.now();
      for (let i = 0; i < 40; i++) {
        cy.zoom({ level: cy.zoom() * (i % 20 < 10 ? 1.04 : 0.96), renderedPosition: { x: 400, y: 300 } });
        await new Promise((r) => requestAnimationFrame(r));
      }
      return 40 / ((performance.now() - t) / 1000);
    }));
  }
  const f = median(fetchMs); const d = median(drawMs);
  console.log(`| ${view.name} | ${nodes} | ${edges} | ${f.toFixed(0)} ms | ${d.toFixed(0)} ms | ${(d / f).toFixed(1)} | ${median(wheelFps).toFixed(0)} | ${median(redrawFps).toFixed(0)} |`);
}
await context.close();
rmSync(userData, { recursive: true, force: true });
