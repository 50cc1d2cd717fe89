// A local stand-in for Neo4j's HTTP Query API (v2) on 127.0.0.1, executing Cypher in the embedded
// engine @grafeo-db/js. It speaks what the GoSmart Neo4j store uses: implicit transactions, explicit
// transactions (/tx, /tx/{id}, /tx/{id}/commit, DELETE /tx/{id}), typed JSON results, errors[],
// bookmarks, Basic auth, full-text indexes (fulltext.mjs). Tests inject faults through POST /_faults and
// read counters from GET /_stats.
// Prints "LISTENING <port>" once ready.
import http from 'node:http';
import pkg from '@grafeo-db/js';
import { defineIndex, callsQueryNodes, rewriteQueryNodes } from './fulltext.mjs';
const { GrafeoDB } = pkg;

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const databases = new Map();
// Each database name is its own in-memory graph, so tests can run side by side without sharing data.
function database(name) {
  if (!databases.has(name)) databases.set(name, GrafeoDB.create());
  return databases.get(name);
}
const transactions = new Map();
let nextTx = 1;
let commits = 0;
let epoch = 0;
let faults = [];
const stats = { requests: 0, statements: 0, commits: 0, rollbacks: 0, faults: 0, fulltextQueries: 0, unsupported: [] };

function typed(value) {
  if (value === null || value === undefined) return { $type: 'Null', _value: null };
  if (typeof value === 'boolean') return { $type: 'Boolean', _value: value };
  if (typeof value === 'bigint') return { $type: 'Integer', _value: value.toString() };
  if (typeof value === 'number') return Number.isInteger(value) ? { $type: 'Integer', _value: String(value) } : { $type: 'Float', _value: String(value) };
  if (typeof value === 'string') return { $type: 'String', _value: value };
  if (Array.isArray(value)) return { $type: 'List', _value: value.map(typed) };
  if (value instanceof Date) return { $type: 'DateTime', _value: value.toISOString() };
  return { $type: 'Map', _value: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typed(v)])) };
}

function neoError(e) {
  const status = String(e?.gqlStatus ?? '');
  const code = /timeout/i.test(String(e?.message)) ? 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
    : status.startsWith('42') ? 'Neo.ClientError.Statement.SyntaxError'
    : status.startsWith('22') ? 'Neo.ClientError.Statement.TypeError'
    : 'Neo.ClientError.Statement.ExecutionFailed';
  return { code, message: String(e?.message ?? e) };
}

async function execute(dbName, runner, statement, parameters) {
  stats.statements++;
  // The engine has no full-text indexes: fulltext.mjs keeps their definitions and answers their procedure.
  if (/^CREATE FULLTEXT INDEX /.test(statement)) {
    if (!defineIndex(dbName, statement) && !stats.unsupported.includes(statement)) stats.unsupported.push(statement);
    return { fields: [], values: [] };
  }
  if (callsQueryNodes(statement)) {
    stats.fulltextQueries++;
    ({ statement, parameters } = await rewriteQueryNodes(dbName, runner, statement, parameters ?? {}));
  }
  const result = await runner.executeCypher(statement, parameters ?? {});
  // Neo4j backs a uniqueness constraint with an index; the engine needs one made explicitly.
  const unique = statement.match(/^CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \((\w+):(\w+)\) REQUIRE \w+\.(\w+) IS UNIQUE$/);
  if (unique) await runner.executeCypher(`CREATE INDEX ${unique[1]}_backing IF NOT EXISTS FOR (${unique[2]}:${unique[3]}) ON (${unique[2]}.${unique[4]})`);
  const fields = result.columns ?? [];
  const values = result.toArray().map((row) => fields.map((f) => typed(row[f])));
  return { fields, values };
}

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/vnd.neo4j.query', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function takeFault(path, statement) {
  const i = faults.findIndex((f) => (!f.path || path.includes(f.path)) && (!f.statement || (statement ?? '').includes(f.statement)));
  if (i < 0) return null;
  const fault = faults[i];
  fault.count = (fault.count ?? 1) - 1;
  if (fault.count <= 0) faults.splice(i, 1);
  stats.faults++;
  return fault;
}

function authorised(req) {
  if (!args.user) return true;
  const expected = 'Basic ' + Buffer.from(`${args.user}:${args.password ?? ''}`).toString('base64');
  return req.headers.authorization === expected;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function handle(req, res, raw) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const path = url.pathname;
  if (path === '/_faults' && req.method === 'POST') { faults = JSON.parse(raw || '[]'); return send(res, 200, { ok: true }); }
  if (path === '/_stats') return send(res, 200, { ...stats, pendingFaults: faults.length, openTransactions: transactions.size });
  stats.requests++;
  if (!authorised(req)) {
    return send(res, 401, { errors: [{ code: 'Neo.ClientError.Security.Unauthorized', message: 'The client is unauthorized due to authentication failure.' }] });
  }
  const m = path.match(/^\/db\/([^/]+)\/query\/v2(\/tx(?:\/([^/]+))?(\/commit)?)?$/);
  if (!m) return send(res, 404, { errors: [{ code: 'Neo.ClientError.Request.Invalid', message: `No route ${path}` }] });
  let body = {};
  try { body = raw ? JSON.parse(raw) : {}; } catch { return send(res, 400, { errors: [{ code: 'Neo.ClientError.Request.InvalidFormat', message: 'Bad JSON' }] }); }

  const fault = takeFault(path, body.statement);
  if (fault?.kind === 'delay') await sleep(fault.ms ?? 1000);
  if (fault?.kind === 'status') return send(res, fault.status, {});
  if (fault?.kind === 'error') return send(res, fault.status ?? 400, { errors: [{ code: fault.code, message: fault.message ?? 'injected fault' }] });
  if (fault?.kind === 'drop') return req.socket.destroy();

  const [, dbName, txPart, txId, commit] = m;
  const name = decodeURIComponent(dbName);
  const db = database(name);
  try {
    let answer;
    if (!txPart) {
      const data = await execute(name, db, body.statement, body.parameters);
      answer = { status: 202, body: { data, bookmarks: [`FB:grafeo:${++epoch}`] } };
    } else if (req.method === 'DELETE' && txId) {
      const tx = transactions.get(txId);
      if (tx) { tx.rollback(); transactions.delete(txId); stats.rollbacks++; }
      answer = { status: 200, body: {} };
    } else if (!txId) {
      const id = String(nextTx++);
      const tx = db.beginTransaction();
      transactions.set(id, tx);
      const data = body.statement ? await execute(name, tx, body.statement, body.parameters) : { fields: [], values: [] };
      answer = { status: 202, body: { data, transaction: { id, expires: new Date(Date.now() + 60000).toISOString() } }, headers: { 'neo4j-cluster-affinity': 'grafeo-local' } };
    } else {
      const tx = transactions.get(txId);
      if (!tx) return send(res, 404, { errors: [{ code: 'Neo.ClientError.Transaction.TransactionNotFound', message: `No transaction ${txId}` }] });
      try {
        const data = body.statement ? await execute(name, tx, body.statement, body.parameters) : { fields: [], values: [] };
        if (commit) { tx.commit(); transactions.delete(txId); stats.commits++; commits++; }
        answer = { status: commit ? 200 : 202, body: { data, bookmarks: commit ? [`FB:grafeo:${++epoch}`] : undefined, transaction: commit ? undefined : { id: txId } } };
      } catch (e) {
        tx.rollback(); transactions.delete(txId); stats.rollbacks++;
        throw e;
      }
    }
    if (fault?.kind === 'error202') answer.body.errors = [{ code: fault.code, message: 'injected fault on a 202' }];
    if (fault?.kind === 'dropAfter') return req.socket.destroy();
    return send(res, answer.status, answer.body, answer.headers);
  } catch (e) {
    return send(res, 400, { errors: [neoError(e)] });
  }
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((e) => {
      if (!res.headersSent) send(res, 500, { errors: [{ code: 'Neo.DatabaseError.General.UnknownError', message: String(e) }] });
    });
  });
});
server.keepAliveTimeout = 30000;
server.listen(Number(args.port ?? 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
