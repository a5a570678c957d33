// HTTP load on loopback: our /graphql next to /baseline (same response bytes) served by ExecutionHttpHost.
// usage: node http.mjs [http://127.0.0.1:5099] [seconds] [connections]
import autocannon from 'autocannon';

const [base = 'http://127.0.0.1:5099', seconds = '10', connections = '50'] = process.argv.slice(2);
const body = JSON.stringify({ query: '{ hello count ok }' });
async function run(path, duration = Number(seconds), quiet = false) {
  const result = await autocannon({
    url: base + path, method: 'POST', body, connections: Number(connections), duration,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  });
  if (result.non2xx || result.errors) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  if (quiet) return 0;
  console.log(`${path}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  return result.requests.average;
}
const check = await (await fetch(base + '/graphql', { method: 'POST', body, headers: { 'content-type': 'application/json' } })).text();
const baselineBody = await (await fetch(base + '/baseline', { method: 'POST', body, headers: { 'content-type': 'application/json' } })).text();
if (check !== baselineBody) throw new Error(`responses differ: ${check} vs ${baselineBody}`);
// Warm both endpoints first: tiered JIT makes the first seconds of either one unrepresentative.
await run('/graphql', 5, true);
await run('/baseline', 5, true);
const graphql = await run('/graphql');
const baseline = await run('/baseline');
console.log(`ratio /graphql : /baseline = ${(graphql / baseline).toFixed(2)}`);
