// Neo4j's full-text indexes for the Query API test server: CREATE FULLTEXT INDEX is recorded (name, labels,
// properties, analyzer) and CALL db.index.fulltext.queryNodes(...) answered from the engine's nodes with a Lucene
// classic-query-syntax subset: terms, "phrases", prefix* and wild?card terms, field:term, +required, -prohibited,
// AND/OR/NOT, (groups), ^boosts and backslash escapes, over the index's analyzer ('standard-no-stop-words' by
// default, or 'whitespace'). Scores are BM25 for terms and phrases and the boost for prefix and wildcard terms
// (constant score, as Lucene rewrites them), summed over the clauses that match, best first.

const indexes = new Map(); // per database: Map<name, { labels, properties, analyzer }>

export function defineIndex(dbName, statement) {
  const m = statement.match(/^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \((\w+):([\w|]+)\) ON EACH \[([^\]]+)\](?:\s+OPTIONS\s+(.*))?$/s);
  if (!m) return false;
  const [, name, variable, labels, props, options] = m;
  const analyzer = options?.match(/`fulltext\.analyzer`\s*:\s*'([^']+)'/)?.[1] ?? 'standard-no-stop-words';
  if (!['standard-no-stop-words', 'standard', 'whitespace'].includes(analyzer)) throw new Error(`The test server has no analyzer '${analyzer}'.`);
  const properties = props.split(',').map((p) => p.trim().replace(new RegExp(`^${variable}\\.`), ''));
  if (!indexes.has(dbName)) indexes.set(dbName, new Map());
  if (!indexes.get(dbName).has(name)) indexes.get(dbName).set(name, { labels: labels.split('|'), properties, analyzer });
  return true;
}

const CALL = /CALL db\.index\.fulltext\.queryNodes\(\s*'(\w+)'\s*,\s*\$(\w+)\s*(?:,\s*\{([^}]*)\})?\s*\)\s*YIELD\s+node\s*,\s*score/;

export const callsQueryNodes = (statement) => CALL.test(statement ?? '');

// Answers the procedure: the CALL clause becomes an UNWIND over the hits, best first, so the rest of the statement runs as sent.
export async function rewriteQueryNodes(dbName, runner, statement, parameters) {
  const [clause, indexName, queryParam, optionText] = statement.match(CALL);
  const index = indexes.get(dbName)?.get(indexName);
  if (!index) throw Object.assign(new Error(`There is no such fulltext schema index: ${indexName}`), { gqlStatus: '42N51' });
  const options = {};
  for (const part of (optionText ?? '').split(',').filter((p) => p.trim())) {
    const [key, value] = part.split(':').map((x) => x.trim());
    options[key] = value.startsWith('$') ? parameters[value.slice(1)] : Number(value);
  }
  const query = parse(String(parameters[queryParam]), index);
  const docs = [];
  for (const label of index.labels) {
    const rows = await runner.executeCypher(`MATCH (n:${label}) RETURN id(n) AS id, ${index.properties.map((p, i) => `n.${p} AS p${i}`).join(', ')}`);
    for (const row of rows.toArray()) {
      const fields = {};
      index.properties.forEach((p, i) => { if (typeof row[`p${i}`] === 'string') fields[p] = analyze(row[`p${i}`], index.analyzer); });
      if (Object.keys(fields).length > 0) docs.push({ id: row.id, fields });
    }
  }
  const stats = statistics(docs, index.properties);
  const hits = docs.map((d) => ({ id: d.id, score: score(query, d, stats) })).filter((h) => h.score !== null)
    .sort((a, b) => b.score - a.score || Number(a.id) - Number(b.id));
  const skip = Number(options.skip ?? 0);
  const chosen = hits.slice(skip, options.limit === undefined ? undefined : skip + Number(options.limit));
  return {
    statement: statement.replace(clause, 'UNWIND $__fulltextHits AS __hit MATCH (node) WHERE id(node) = __hit.id WITH node, __hit.score AS score'),
    parameters: { ...parameters, __fulltextHits: chosen },
  };
}

function analyze(text, analyzer) {
  return analyzer === 'whitespace' ? text.split(/\s+/u).filter(Boolean) : text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// Lucene classic query syntax (the subset above) into { kind: 'bool', clauses: [{ occur, query }] }.
function parse(text, index) {
  let i = 0;
  const special = '+-&|!(){}[]^"~*?:\\/ \t\r\n';
  const peek = () => text[i];
  const skipSpace = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  function term() {
    let raw = '';
    let wild = false;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') { raw += text[i + 1] ?? ''; i += 2; continue; }
      if (c === '*' || c === '?') { wild = true; raw += `\u0000${c}`; i++; continue; }
      // '+' and '-' start a clause, but inside a term they are part of it, as in Lucene.
      if (special.includes(c) && !((c === '-' || c === '+') && raw.length > 0)) break;
      raw += c;
      i++;
    }
    return { raw, wild };
  }
  function leaf(field) {
    if (peek() === '"') {
      i++;
      let phrase = '';
      while (i < text.length && text[i] !== '"') { if (text[i] === '\\') i++; phrase += text[i++] ?? ''; }
      i++;
      return { kind: 'phrase', field, words: analyze(phrase, index.analyzer) };
    }
    const { raw, wild } = term();
    if (!wild) return { kind: 'term', field, words: analyze(raw, index.analyzer) };
    const plain = raw.replace(/\u0000[*?]/g, '');
    const normal = index.analyzer === 'whitespace' ? (s) => s : (s) => s.toLowerCase();
    if (/^[^\u0000]*\u0000\*$/.test(raw)) return { kind: 'prefix', field, prefix: normal(plain) };
    const pattern = raw.split(/(\u0000[*?])/).map((p) => p === '\u0000*' ? '.*' : p === '\u0000?' ? '.' : normal(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
    return { kind: 'wildcard', field, regex: new RegExp(`^${pattern}$`, 'su') };
  }
  function boolQuery(endAt) {
    const clauses = [];
    let conj = null;
    for (;;) {
      skipSpace();
      if (i >= text.length || peek() === endAt) break;
      if (text.startsWith('AND ', i) || text.startsWith('&&', i)) { i += text[i] === '&' ? 2 : 3; conj = 'AND'; continue; }
      if (text.startsWith('OR ', i) || text.startsWith('||', i)) { i += 2; conj = 'OR'; continue; }
      let occur = 'should';
      if (text.startsWith('NOT ', i)) { i += 3; occur = 'not'; skipSpace(); }
      if (peek() === '+') { occur = 'must'; i++; } else if (peek() === '-' || peek() === '!') { occur = 'not'; i++; }
      let field = null;
      const m = text.slice(i).match(/^([A-Za-z_][\w.]*):/);
      if (m) { field = m[1]; i += m[0].length; }
      let query;
      const start = i;
      if (peek() === '(') { i++; query = boolQuery(')'); i++; if (field) query = withField(query, field); } else query = leaf(field);
      if (i === start) throw new Error(`Cannot parse '${text}': unexpected '${peek()}' at ${i} (fulltext query syntax).`);
      if (peek() === '^') { i++; const b = text.slice(i).match(/^\d+(\.\d+)?/); i += b[0].length; query.boost = Number(b[0]); }
      if (peek() === '~') { i++; const d = text.slice(i).match(/^\d*/); i += d[0].length; }
      if (conj === 'AND') { if (clauses.length && clauses[clauses.length - 1].occur === 'should') clauses[clauses.length - 1].occur = 'must'; if (occur === 'should') occur = 'must'; }
      clauses.push({ occur, query });
      conj = null;
    }
    return { kind: 'bool', clauses };
  }
  const withField = (q, field) => (q.kind === 'bool' ? { ...q, clauses: q.clauses.map((c) => ({ ...c, query: withField(c.query, field) })) } : { ...q, field: q.field ?? field });
  const query = boolQuery(undefined);
  return query;
}

function statistics(docs, properties) {
  const df = new Map();
  const length = Object.fromEntries(properties.map((p) => [p, 0]));
  for (const d of docs) {
    for (const [p, tokens] of Object.entries(d.fields)) {
      length[p] += tokens.length;
      for (const t of new Set(tokens)) df.set(`${p}\u0000${t}`, (df.get(`${p}\u0000${t}`) ?? 0) + 1);
    }
  }
  return { n: docs.length, df, avg: Object.fromEntries(properties.map((p) => [p, length[p] / Math.max(docs.length, 1)])), properties };
}

// The score of a query on a document, or null when it does not match.
function score(q, doc, stats) {
  const boost = q.boost ?? 1;
  if (q.kind === 'bool') {
    let total = 0;
    let matchedShould = false;
    const hasMust = q.clauses.some((c) => c.occur === 'must');
    for (const c of q.clauses) {
      const s = score(c.query, doc, stats);
      if (c.occur === 'not') { if (s !== null) return null; continue; }
      if (c.occur === 'must' && s === null) return null;
      if (s !== null) { total += s; if (c.occur === 'should') matchedShould = true; }
    }
    if (!hasMust && !matchedShould) return null;
    return total * boost;
  }
  // A query without a field is each field's query; Lucene's MultiFieldQueryParser ORs them, so their scores add up.
  if (!q.field) {
    let total = null;
    for (const field of stats.properties) {
      const s = score({ ...q, field }, doc, stats);
      if (s !== null) total = (total ?? 0) + s;
    }
    return total;
  }
  const tokens = doc.fields[q.field];
  if (!tokens) return null;
  if (q.kind === 'prefix') return tokens.some((t) => t.startsWith(q.prefix)) ? boost : null;
  if (q.kind === 'wildcard') return tokens.some((t) => q.regex.test(t)) ? boost : null;
  if (q.kind === 'phrase') return hasPhrase(tokens, q.words) ? boost * q.words.reduce((acc, w) => acc + bm25(w, tokens, q.field, stats), 0) : null;
  // An analysed term of several tokens (standard analyser on 'a-b') is their phrase, as Lucene makes it.
  if (q.words.length === 0) return null;
  if (q.words.length > 1) return hasPhrase(tokens, q.words) ? boost * q.words.reduce((acc, w) => acc + bm25(w, tokens, q.field, stats), 0) : null;
  const s = bm25(q.words[0], tokens, q.field, stats);
  return s === null ? null : boost * s;
}

function bm25(word, tokens, field, stats) {
  const tf = tokens.filter((t) => t === word).length;
  if (tf === 0) return null;
  const df = stats.df.get(`${field}\u0000${word}`) ?? 0;
  const idf = Math.log(1 + (stats.n - df + 0.5) / (df + 0.5));
  const k1 = 1.2;
  const b = 0.75;
  return idf * (tf * (k1 + 1)) / (tf + k1 * (1 - b + b * tokens.length / Math.max(stats.avg[field], 1e-9)));
}

function hasPhrase(tokens, words) {
  if (words.length === 0) return false;
  for (let i = 0; i + words.length <= tokens.length; i++) if (words.every((w, j) => tokens[i + j] === w)) return true;
  return false;
}
