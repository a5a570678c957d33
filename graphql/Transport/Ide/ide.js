// DebtHub's in-browser GraphQL IDE: no dependencies, no CDN, so it works offline.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const endpoint = location.pathname;
  const store = window.localStorage;
  for (const id of ['query', 'variables', 'headers']) {
    const saved = store.getItem('debthub-ide-' + id);
    if (saved !== null) $(id).value = saved;
    $(id).addEventListener('input', () => { store.setItem('debthub-ide-' + id, $(id).value); if (id === 'query') listOperations(); });
  }

  const parseJson = (text, what) => {
    if (!text.trim()) return {};
    try { return JSON.parse(text); } catch (e) { throw new Error(`${what} are not valid JSON: ${e.message}`); }
  };
  const show = (value) => { $('result').textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2); };
  const status = (text) => { $('status').textContent = text; };

  // The operations in the document, found with a light scan (the server does the real parsing).
  function operations() {
    const text = $('query').value.replace(/#[^\n]*/g, '').replace(/"""[\s\S]*?"""|"(?:\\.|[^"\\])*"/g, '""');
    const found = [];
    const re = /\b(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;
    let m;
    while ((m = re.exec(text))) found.push({ kind: m[1], name: m[2] });
    return found;
  }
  function listOperations() {
    const select = $('operation');
    const previous = select.value;
    select.replaceChildren(...operations().map((op) => new Option(`${op.kind} ${op.name}`, op.name)));
    select.hidden = select.options.length < 2;
    if ([...select.options].some((o) => o.value === previous)) select.value = previous;
  }

  async function post(body, headers) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  }

  let socket = null;
  function subscribe(body, headers) {
    if (socket) socket.close(1000);
    const url = endpoint.replace(/^/, (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host);
    const ws = new WebSocket(url, 'graphql-transport-ws');
    const events = [];
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: headers }));
    ws.onmessage = (message) => {
      const msg = JSON.parse(message.data);
      if (msg.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: body }));
      else if (msg.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
      else if (msg.type === 'next') { events.push(msg.payload); show(events); status(`subscription: ${events.length} event(s)`); }
      else if (msg.type === 'error') { show({ errors: msg.payload }); status('subscription refused'); ws.close(1000); }
      else if (msg.type === 'complete') { status(`subscription complete: ${events.length} event(s)`); ws.close(1000); }
    };
    ws.onclose = (e) => { if (e.code !== 1000 && e.code !== 1005) status(`socket closed: ${e.code} ${e.reason}`); if (socket === ws) socket = null; };
  }

  async function run() {
    try {
      const variables = parseJson($('variables').value, 'Variables');
      const headers = parseJson($('headers').value, 'Headers');
      const ops = operations();
      const operationName = ops.length > 1 ? $('operation').value : (ops[0] && ops[0].name) || null;
      const body = { query: $('query').value, operationName, variables };
      const chosen = ops.find((o) => o.name === operationName);
      if (chosen ? chosen.kind === 'subscription' : /^\s*subscription\b/m.test($('query').value.replace(/#[^\n]*/g, ''))) {
        status('subscribing…');
        subscribe(body, headers);
        return;
      }
      status('running…');
      const started = performance.now();
      const { status: code, json } = await post(body, headers);
      show(json);
      status(`HTTP ${code} in ${Math.round(performance.now() - started)} ms`);
    } catch (e) {
      show(e.message);
      status('failed');
    }
  }

  // Documentation explorer, built from the standard introspection query.
  const introspection = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
    types { kind name description
      fields(includeDeprecated: true) { name description isDeprecated deprecationReason args { name description type { ...T } defaultValue } type { ...T } }
      inputFields { name description type { ...T } defaultValue }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { name } interfaces { name } } } }
    fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;
  let types = new Map();
  let roots = [];
  const trail = [];
  const typeName = (t) => t.kind === 'NON_NULL' ? typeName(t.ofType) + '!' : t.kind === 'LIST' ? `[${typeName(t.ofType)}]` : t.name;
  const namedType = (t) => (t.ofType ? namedType(t.ofType) : t.name);
  const el = (tag, attrs = {}, ...children) => { const e = document.createElement(tag); Object.assign(e, attrs); e.append(...children); return e; };
  const link = (name) => el('a', { textContent: name, onclick: () => openType(name, true) });
  const typeRef = (t) => { const text = typeName(t); const name = namedType(t); const [before, after] = text.split(name); return el('span', {}, before, link(name), after); };

  function renderHome() {
    const body = $('doc-body');
    body.replaceChildren(el('h3', { textContent: 'Root types' }), ...roots.map(([label, name]) => el('div', { className: 'field' }, `${label}: `, link(name))));
    $('breadcrumbs').replaceChildren();
  }
  function openType(name, push) {
    const type = types.get(name);
    if (!type) return;
    if (push) trail.push(name);
    const body = $('doc-body');
    const parts = [el('h3', { textContent: `${type.kind.toLowerCase()} ${type.name}` })];
    if (type.description) parts.push(el('p', { className: 'desc', textContent: type.description }));
    if (type.interfaces && type.interfaces.length) parts.push(el('div', {}, 'implements ', ...type.interfaces.flatMap((i, n) => (n ? [', ', link(i.name)] : [link(i.name)]))));
    for (const f of type.fields || type.inputFields || []) {
      const args = (f.args || []).length ? el('span', {}, '(', ...f.args.flatMap((a, n) => [n ? ', ' : '', `${a.name}: `, typeRef(a.type)]), ')') : '';
      parts.push(el('div', { className: 'field' + (f.isDeprecated ? ' deprecated' : '') }, el('strong', { textContent: f.name }), args, ': ', typeRef(f.type)));
      if (f.description) parts.push(el('div', { className: 'desc', textContent: f.description }));
    }
    for (const v of type.enumValues || []) {
      parts.push(el('div', { className: 'field' + (v.isDeprecated ? ' deprecated' : ''), textContent: v.name }));
      if (v.description) parts.push(el('div', { className: 'desc', textContent: v.description }));
    }
    if (type.possibleTypes && type.possibleTypes.length) parts.push(el('div', {}, 'possible types: ', ...type.possibleTypes.flatMap((p, n) => (n ? [', ', link(p.name)] : [link(p.name)]))));
    body.replaceChildren(...parts);
    $('breadcrumbs').replaceChildren(el('a', { textContent: 'Schema', onclick: () => { trail.length = 0; renderHome(); } }), ...trail.map((n) => el('span', {}, '› ', link(n))));
  }
  async function loadSchema() {
    try {
      let headers = {};
      try { headers = parseJson($('headers').value, 'Headers'); } catch { /* load without them */ }
      const { json } = await post({ query: introspection }, headers);
      if (json.errors) throw new Error(json.errors.map((e) => e.message).join('; '));
      const schema = json.data.__schema;
      types = new Map(schema.types.map((t) => [t.name, t]));
      roots = [['query', schema.queryType], ['mutation', schema.mutationType], ['subscription', schema.subscriptionType]]
        .filter(([, t]) => t).map(([label, t]) => [label, t.name]);
      renderHome();
    } catch (e) {
      $('doc-body').replaceChildren(el('p', { className: 'error', textContent: `The schema could not be loaded: ${e.message}` }));
    }
  }
  $('search').addEventListener('input', (e) => {
    const term = e.target.value.toLowerCase();
    if (!term) { renderHome(); return; }
    const hits = [...types.keys()].filter((n) => !n.startsWith('__') && n.toLowerCase().includes(term)).sort();
    $('doc-body').replaceChildren(...hits.map((n) => el('div', { className: 'field' }, link(n))));
  });

  $('run').addEventListener('click', run);
  let reloadTimer = 0;
  $('headers').addEventListener('input', () => { clearTimeout(reloadTimer); reloadTimer = setTimeout(loadSchema, 600); });
  // Re-indents the document token by token (comments and strings kept as written); the server still does the parsing.
  function prettifyDocument(text) {
    const tokens = text.match(/#[^\n]*|"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\.\.\.|[!$&()[\]{}:=@|,]|[^\s,!$&()[\]{}:=@|"#.]+|\S/g) || [];
    const lines = [];
    let line = '';
    let depth = 0;
    let parens = 0;
    const flush = () => { if (line.trim()) lines.push('  '.repeat(depth) + line.trim()); line = ''; };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const prev = tokens[i - 1];
      if (parens > 0 && (t === '{' || t === '}')) { line = t === '{' ? line + '{ ' : line.trimEnd() + ' }'; }
      else if (t === '{') { line += (line ? ' ' : '') + '{'; flush(); depth++; }
      else if (t === '}') { flush(); depth = Math.max(0, depth - 1); line = '}'; flush(); if (depth === 0) lines.push(''); }
      else if (t === '(' || t === '[') { if (t === '(') parens++; line += t; }
      else if (t === ')' || t === ']') { if (t === ')') parens--; line = line.trimEnd() + t; }
      else if (t === ',') { if (parens > 0) line = line.trimEnd() + ', '; }
      else if (t === ':') { line = line.trimEnd() + ': '; }
      else if (t === '!') { line = line.trimEnd() + '!'; }
      else if (t === '=') { line = line.trimEnd() + ' = '; }
      else if (t.startsWith('#')) { line += (line ? ' ' : '') + t; flush(); }
      else {
        // Inside a selection set, a field or spread after a complete one starts a new line.
        const startsSelection = depth > 0 && parens === 0 && line && (t === '...' || /^[_A-Za-z]/.test(t))
          && !['on', '...', ':', '$', '@', '=', '|', '&'].includes(prev);
        if (startsSelection) flush();
        const glue = !line || line.endsWith(' ') || ['(', '[', '$', '@'].includes(prev) || (prev === '...' && /^[_A-Za-z]/.test(t) && t !== 'on');
        line += (glue ? '' : ' ') + t;
      }
    }
    flush();
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  }
  $('prettify').addEventListener('click', () => {
    $('query').value = prettifyDocument($('query').value);
    store.setItem('debthub-ide-query', $('query').value);
    for (const id of ['variables', 'headers']) { try { $(id).value = JSON.stringify(JSON.parse($(id).value || '{}'), null, 2); } catch { /* leave as typed */ } }
  });
  $('toggle-docs').addEventListener('click', () => $('docs').classList.toggle('hidden'));
  document.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); } });
  $('query').addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    e.preventDefault();
    const t = e.target; const s = t.selectionStart;
    t.value = t.value.slice(0, s) + '  ' + t.value.slice(t.selectionEnd);
    t.selectionStart = t.selectionEnd = s + 2;
  });
  listOperations();
  loadSchema();
})();
