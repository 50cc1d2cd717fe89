// Bridge between the C# browser tests and Debian's chromium, driven by playwright-core (no browser is ever
// downloaded). Started as `node bridge.mjs --chromium=<path of `command -v chromium`>`, it answers one JSON
// command per stdin line with one JSON line on stdout:
//   {"id":1,"op":"goto","args":["http://127.0.0.1:5000/"]} -> {"id":1,"ok":true,"result":...} | {"id":1,"ok":false,"error":"..."}
// The first stdout line is {"ready":true,"version":"<chromium version>"} (or {"ready":false,"error":"..."}).
// Every request to a host other than 127.0.0.1 is recorded and aborted; console errors and page errors are recorded.
// Closing stdin (or the "close" op) closes chromium and removes its temporary profile.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ALLOWED_HOST = '127.0.0.1';

const option = (name) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const executablePath = option('chromium');
const defaultTimeout = Number(option('timeout-ms') ?? 10_000);

const requests = [];
const blocked = [];
const consoleErrors = [];
let context;
let page;
let profile;
let closing;
let axeSource;

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

function isAllowed(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') {
    return true;
  }
  return parsed.hostname === ALLOWED_HOST;
}

function watch(p) {
  p.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location();
      consoleErrors.push(`console.error: ${msg.text()}${where?.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  p.on('pageerror', (error) => consoleErrors.push(`page error: ${error.stack ?? error.message ?? String(error)}`));
  p.on('crash', () => consoleErrors.push('page crashed'));
}

async function launch() {
  if (!executablePath) {
    throw new Error('no --chromium=<path> given: pass the result of `command -v chromium`');
  }
  profile = await mkdtemp(path.join(tmpdir(), 'gosmart-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: FLAGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(defaultTimeout);
  // As a user who allowed it: "copy link" writes the clipboard, a test may read it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  context.on('request', (request) => requests.push(request.url()));
  await context.route(
    (url) => !isAllowed(url.href),
    async (route) => {
      blocked.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('page', watch);
  page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return context.browser()?.version() ?? 'unknown';
}

async function close() {
  closing ??= (async () => {
    try {
      await context?.close();
    } catch {
      // chromium may already be gone; the profile is removed all the same.
    }
    if (profile) {
      await rm(profile, { recursive: true, force: true });
    }
  })();
  return closing;
}

const timeoutOf = (options) => ({ timeout: options?.timeout ?? defaultTimeout });

// Each op takes the command's args array; selectors are Playwright selectors (CSS by default).
const ops = {
  goto: async (url, options) => {
    const response = await page.goto(url, { waitUntil: options?.waitUntil ?? 'load', ...timeoutOf(options) });
    return { status: response?.status() ?? null, url: page.url() };
  },
  url: async () => page.url(),
  reload: async () => {
    await page.reload();
    return page.url();
  },
  click: async (selector, options) => {
    await page.locator(selector).first().click(timeoutOf(options));
    return null;
  },
  fill: async (selector, value, options) => {
    await page.locator(selector).first().fill(value, timeoutOf(options));
    return null;
  },
  focus: async (selector, options) => {
    await page.locator(selector).first().focus(timeoutOf(options));
    return null;
  },
  selectOption: async (selector, value, options) => page.locator(selector).first().selectOption(value, timeoutOf(options)),
  // Types into the focused element key by key (selector null) or into the selector after focusing it.
  type: async (selector, text, options) => {
    if (selector) {
      await page.locator(selector).first().focus(timeoutOf(options));
    }
    await page.keyboard.type(text, { delay: options?.delay ?? 20 });
    return null;
  },
  press: async (key) => {
    await page.keyboard.press(key);
    return null;
  },
  waitForSelector: async (selector, state, options) => {
    await page.locator(selector).first().waitFor({ state: state ?? 'visible', ...timeoutOf(options) });
    return null;
  },
  textContent: async (selector, options) => page.locator(selector).first().textContent(timeoutOf(options)),
  innerText: async (selector, options) => page.locator(selector).first().innerText(timeoutOf(options)),
  inputValue: async (selector, options) => page.locator(selector).first().inputValue(timeoutOf(options)),
  getAttribute: async (selector, name, options) => page.locator(selector).first().getAttribute(name, timeoutOf(options)),
  count: async (selector) => page.locator(selector).count(),
  // A JS expression evaluated in the page; a promise it returns is awaited; the result must be JSON.
  evaluate: async (expression) => page.evaluate(expression),
  // Polls page.evaluate, not page.waitForFunction: that one evaluates a string with eval, which the pages'
  // Content-Security-Policy (rightly) forbids, whereas evaluate goes through the DevTools protocol.
  waitForFunction: async (expression, options) => {
    const { timeout } = timeoutOf(options);
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await page.evaluate(expression);
        if (last) {
          return last;
        }
      } catch (error) {
        // A navigation in progress destroys the context: try again in the next page.
        if (!/context was destroyed|navigat/i.test(String(error?.message))) {
          throw error;
        }
      }
      if (Date.now() >= deadline) {
        throw new Error(`waitForFunction: Timeout ${timeout}ms exceeded; the expression last gave ${JSON.stringify(last)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  },
  screenshot: async (file, options) => {
    await page.screenshot({ path: file, fullPage: options?.fullPage ?? false });
    return file;
  },
  // Clicks the selector and saves what it downloads to the given file; returns the suggested file name.
  download: async (selector, file, options) => {
    const [download] = await Promise.all([page.waitForEvent('download', timeoutOf(options)), page.locator(selector).first().click(timeoutOf(options))]);
    await download.saveAs(file);
    return download.suggestedFilename();
  },
  // Runs axe-core (Deque's accessibility rules, WCAG 2.x A and AA) on the page as it is; answers the violations.
  // Injected through the DevTools protocol (page.evaluate), which the pages' Content-Security-Policy does not govern.
  axe: async (selector) => {
    axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
    return page.evaluate(async (context) => {
      const result = await window.axe.run(context ?? document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    }, selector ?? null);
  },
  requests: async () => requests,
  blockedRequests: async () => blocked,
  consoleErrors: async () => consoleErrors,
  close: async () => {
    await close();
    return null;
  },
};

async function handle(line) {
  let command;
  try {
    command = JSON.parse(line);
  } catch (error) {
    send({ id: null, ok: false, error: `not a JSON command: ${error.message}` });
    return;
  }
  const { id, op, args = [] } = command;
  const run = ops[op];
  if (!run) {
    send({ id, ok: false, error: `unknown op '${op}'; known: ${Object.keys(ops).join(', ')}` });
    return;
  }
  try {
    const result = await run(...args);
    send({ id, ok: true, result: result === undefined ? null : result });
  } catch (error) {
    send({ id, ok: false, error: String(error?.message ?? error).replace(/\u001b\[[0-9;]*m/g, "") });
  }
  if (op === 'close') {
    process.exit(0);
  }
}

try {
  const version = await launch();
  send({ ready: true, version });
} catch (error) {
  send({ ready: false, error: String(error?.message ?? error) });
  await close();
  process.exit(1);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => close().finally(() => process.exit(1)));
}

// Commands run one at a time, in order: the C# side sends one and waits for its answer.
let queue = Promise.resolve();
const input = readline.createInterface({ input: process.stdin });
input.on('line', (line) => {
  if (line.trim()) {
    queue = queue.then(() => handle(line));
  }
});
input.on('close', () => queue.then(close).finally(() => process.exit(0)));
