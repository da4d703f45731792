// Lint Cypher with Neo4j's own parser (@neo4j-cypher/language-support), offline.
// Input (stdin): JSON [{"name": str, "query": str, "parameters": {...}}, ...]
// Output (stdout): JSON [{"name": str, "errors": [{"message", "line", "column"}]}, ...]
// Only diagnostics of severity 1 (errors as Neo4j 5 sees them) are reported.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const items = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const out = items.map(({ name, query, parameters }) => {
  const { diagnostics } = lintCypherQuery(query, { parameters: parameters ?? {} });
  const errors = diagnostics
    .filter((d) => d.severity === 1)
    .map((d) => ({ message: d.message, line: d.range.start.line + 1, column: d.range.start.character + 1 }));
  return { name, errors };
});
process.stdout.write(JSON.stringify(out));
