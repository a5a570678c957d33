// graphql-js 16.15 side of the execution benchmark: the same SDL, root value and query as
// bench/DebtHub.Benchmarks/GraphQL/ExecutionBenchmarks.cs (ListOf100WithFragment). usage: npm ci && node bench.mjs
import { buildSchema, parse, validate, execute } from 'graphql';
import { readFileSync } from 'node:fs';

const here = (f) => new URL(f, import.meta.url);
const schema = buildSchema(readFileSync(here('list.graphql'), 'utf8'));
const rootValue = JSON.parse(readFileSync(here('list-data.json'), 'utf8'));
const source = readFileSync(here('list-query.graphql'), 'utf8');

function measure(name, fn, seconds = 5) {
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) { fn(); ops++; }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`${name}: ${Math.round(ops / elapsed)} ops/s (${((elapsed / ops) * 1e6).toFixed(1)} µs/op)`);
}

// A server keeps parsed and validated documents, as ours does: execute + serialize per request.
const document = parse(source);
if (validate(schema, document).length) throw new Error('invalid query');
const check = JSON.stringify(execute({ schema, document, rootValue }));
if (!check.startsWith('{"data":{"accounts":[{"id":"0"')) throw new Error('unexpected result ' + check.slice(0, 80));
measure('graphql-js execute+stringify (cached document)', () => JSON.stringify(execute({ schema, document, rootValue })));
measure('graphql-js parse+validate+execute+stringify', () => {
  const doc = parse(source);
  validate(schema, doc);
  JSON.stringify(execute({ schema, document: doc, rootValue }));
});
