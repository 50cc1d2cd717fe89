// Checks Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// Input (stdin): JSON [{ "statement": "...", "parameters": ["name", ...] }]. Output (stdout): JSON
// [{ "statement": "...", "diagnostics": [{ "severity": 1, "message": "..." }] }] for every statement.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const [labels, relationshipTypes, propertyKeys] = [process.env.CYPHER_LABELS, process.env.CYPHER_TYPES, process.env.CYPHER_PROPERTIES]
  .map((v) => (v ? v.split(',') : []));
const out = input.map(({ statement, parameters }) => {
  const dbSchema = {
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    labels,
    relationshipTypes,
    propertyKeys,
    defaultLanguage: 'CYPHER 5',
    parameters: Object.fromEntries((parameters ?? []).map((p) => [p, null])),
  };
  const { diagnostics } = lintCypherQuery(statement, dbSchema, { consoleCommandsEnabled: false });
  return { statement, diagnostics: diagnostics.map((d) => ({ severity: d.severity, message: d.message })) };
});
process.stdout.write(JSON.stringify(out));
