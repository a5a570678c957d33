// The collector's account screen under concurrent load: DebtHub's /graphql next to /baseline (a hand-written minimal-API
// endpoint over the same EF Core queries), served by `DebtHub.Benchmarks account-screen-host`, rotating over 2,000 accounts.
// usage: node screen.mjs [http://127.0.0.1:5098] [seconds] [connections]
import autocannon from 'autocannon';

const [base = 'http://127.0.0.1:5098', seconds = '15', connections = '16'] = process.argv.slice(2);
const query = `query Screen($id: ID!) {
  account(id: $id) {
    id creditorAccountNumber status balance daysDelinquent governingState currentCreditor
    ledgerSummary { balance principal interest fees paid lastPaymentOn }
    holds(activeOnly: true) { kind reason }
    contactAttempts(last: 20) { channel direction destination placedAt disposition }
    paymentPlans(openOnly: true) { kind status frequency totalAmount installments { sequence dueOn amount paidAmount status } }
    debtor {
      id displayName dateOfBirth ssnLastFour preferredLanguage
      phones { number lineType status isDialable consents { scope isActive } }
      addresses { line1 line2 city state zip status }
    }
  }
}`;
const { token, ids } = await (await fetch(base + '/bench/setup')).json();
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/graphql-response+json' };
let next = 0;
const graphqlRequest = { method: 'POST', path: '/graphql', setupRequest: (r) => ({ ...r, body: JSON.stringify({ query, variables: { id: ids[next++ % ids.length] } }) }) };
const baselineRequest = { method: 'GET', setupRequest: (r) => ({ ...r, path: `/baseline/${ids[next++ % ids.length]}` }) };

// Both answer with the account; check one before measuring.
const g = await (await fetch(base + '/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: { id: ids[0] } }) })).json();
const b = await (await fetch(`${base}/baseline/${ids[0]}`, { headers })).json();
if (g.errors || g.data.account.creditorAccountNumber !== b.account.creditorAccountNumber) throw new Error(JSON.stringify({ g, b }).slice(0, 500));

async function run(name, request, duration, quiet) {
  const result = await autocannon({ url: base, connections: Number(connections), duration, headers, requests: [request] });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  if (!quiet) console.log(`${name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  return result;
}
await run('/graphql', graphqlRequest, 5, true);
await run('/baseline', baselineRequest, 5, true);
const gr = await run('/graphql', graphqlRequest, Number(seconds));
const br = await run('/baseline', baselineRequest, Number(seconds));
console.log(`throughput /graphql : /baseline = ${(gr.requests.average / br.requests.average).toFixed(2)}; ` +
  `p50 ratio ${(gr.latency.p50 / br.latency.p50).toFixed(2)}, p99 ratio ${(gr.latency.p99 / br.latency.p99).toFixed(2)}`);
