// Builds the browser pages the service serves into src/GoSmart.Graph.Api/wwwroot/ui:
//   graphiql.html/.js/.css  the GraphiQL IDE (GET /graphql from a browser)
//   explorer.html/.js/.css  the network explorer (GET /)
//   build-stamp.json        the SHA-256 of every input (sources, package.json, package-lock.json, this file)
// The built files are committed, so `dotnet run` serves the pages on a machine without node or internet.
// `node build.mjs --check` builds in memory and fails when the committed files differ (a stale bundle);
// the test suite runs it, and a C# test compares build-stamp.json with the inputs without node.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../src/GoSmart.Graph.Api/wwwroot/ui');
const check = process.argv.includes('--check');

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  }));
  return files.flat();
}

// The stamp hashes each input as "<path relative to web/, with '/'>\n<sha256 of its bytes>\n", in ordinal
// path order. BundleStampTests computes the same in C#; keep the two in step.
async function inputsHash() {
  const files = [...await listFiles(path.join(here, 'src')), ...['build.mjs', 'package.json', 'package-lock.json'].map((f) => path.join(here, f))];
  const relative = files.map((f) => path.relative(here, f).split(path.sep).join('/')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of relative) {
    const bytes = await readFile(path.join(here, file));
    hash.update(`${file}\n${createHash('sha256').update(bytes).digest('hex')}\n`);
  }
  return { files: relative, sha256: hash.digest('hex') };
}

const common = {
  bundle: true,
  minify: true,
  write: false,
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff2': 'dataurl', '.woff': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
};

const results = await Promise.all([
  build({ ...common, entryPoints: { graphiql: path.join(here, 'src/graphiql/main.jsx') }, outdir: out, jsx: 'automatic' }),
  build({ ...common, entryPoints: { explorer: path.join(here, 'src/explorer/main.js') }, outdir: out }),
]);

const outputs = new Map();
for (const result of results) {
  for (const file of result.outputFiles) {
    outputs.set(path.basename(file.path), Buffer.from(file.contents));
  }
}
for (const page of ['graphiql', 'explorer']) {
  outputs.set(`${page}.html`, await readFile(path.join(here, `src/${page}/index.html`)));
}
const inputs = await inputsHash();
outputs.set('build-stamp.json', Buffer.from(JSON.stringify({
  note: 'Written by web/build.mjs: the SHA-256 of the inputs the bundle was built from. Rebuild with `npm --prefix web ci && npm --prefix web run build`.',
  inputs: inputs.sha256,
  files: inputs.files,
}, null, 2) + '\n'));

if (check) {
  const stale = [];
  for (const [name, bytes] of outputs) {
    let committed = null;
    try { committed = await readFile(path.join(out, name)); } catch { /* missing */ }
    if (committed === null || !committed.equals(bytes)) stale.push(name);
  }
  const present = (await readdir(out)).filter((f) => !outputs.has(f));
  if (stale.length > 0 || present.length > 0) {
    console.error(`The committed bundle in ${path.relative(process.cwd(), out)} is stale: ${[...stale, ...present.map((f) => `${f} (not built any more)`)].join(', ')}. ` +
      'Rebuild it with `npm --prefix web ci && npm --prefix web run build` and commit the result.');
    process.exit(1);
  }
  console.log(`bundle is up to date (${outputs.size} files)`);
} else {
  await mkdir(out, { recursive: true });
  for (const [name, bytes] of outputs) {
    await writeFile(path.join(out, name), bytes);
  }
  const sizes = [...outputs].map(([name, bytes]) => `${name} ${(bytes.length / 1024).toFixed(0)} KiB`).join(', ');
  console.log(`wrote ${path.relative(process.cwd(), out)}: ${sizes}`);
}
