// sitrep workbench: a small hash-routed front end over the JSON API.
// Document text, titles and every other stored value are untrusted: they are only ever put in
// the page as text (textContent / text nodes), never as markup.
/* global L, topojson */

const ATTACK_TYPES = [
  'Assassination', 'Armed Assault', 'Bombing/Explosion', 'Hijacking', 'Hostage Taking (Barricade Incident)',
  'Hostage Taking (Kidnapping)', 'Facility/Infrastructure Attack', 'Unarmed Assault', 'Unknown',
];
const FILTERS = ['from', 'to', 'country', 'actor', 'type', 'min_killed', 'text'];
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'];
const GRADE_NAMES = { A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'cannot be judged' };
const FIGURES = ['killed', 'killed_perpetrators', 'wounded', 'kidnapped'];

const main = document.getElementById('main');
const statusBox = document.getElementById('status');

// ---------- small DOM helpers (text only) ----------

/** An element with attributes (never event handlers or markup) and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}
function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
const svgNs = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}) {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function say(message, kind = 'info') {
  statusBox.textContent = message;
  statusBox.className = kind;
}

// ---------- API ----------

function token() {
  return sessionStorage.getItem('sitrep-token') || '';
}
async function api(path, init = {}) {
  const headers = new Headers(init.headers || {});
  if (token()) headers.set('Authorization', `Bearer ${token()}`);
  const res = await fetch(path, { ...init, headers });
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    if (res.status === 401 || res.status === 403) document.getElementById('token-form').hidden = false;
    const message = body && body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${res.status}`;
    throw new Error(message);
  }
  return body;
}
const postJson = (path, body) => api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

document.getElementById('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem('sitrep-token', document.getElementById('token').value.trim());
  route();
});

// ---------- formatting ----------

function figureText(f) {
  if (!f || f.best === null || f.best === undefined) return '—';
  const range = f.low !== f.best || f.high !== f.best ? ` (${f.low ?? '?'}–${f.high ?? '?'})` : '';
  return `${f.best}${range}${f.disputed ? ', disputed' : ''}`;
}
function placeText(p) {
  if (!p) return 'place unknown';
  return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country && p.country !== p.name ? p.country : null].filter(Boolean).join(', ');
}
function valueText(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v !== 'object') return String(v);
  if (v.name) return [v.name, v.status ? `(${v.status})` : null, v.type ? `[${v.type}]` : null].filter(Boolean).join(' ');
  if (v.text) return v.type ? `${v.text} [${v.type}]` : v.text;
  return JSON.stringify(v);
}
function params(search) {
  const out = {};
  for (const [k, v] of new URLSearchParams(search)) if (v !== '') out[k] = v;
  return out;
}
function query(obj) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

// ---------- router ----------

let current = null; // { name, update?, destroy? }

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || 'incidents', parts, filters: params(search) };
}

async function route() {
  const { page, parts, filters } = parseHash();
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === page || (page === 'incident' && a.dataset.nav === 'incidents')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  try {
    if (page === 'incidents' && current && current.name === 'incidents') {
      await current.update(filters);
      return;
    }
    if (current && current.destroy) current.destroy();
    current = null;
    main.replaceChildren();
    say('');
    if (page === 'incident' && parts[1]) current = await incidentPage(parts[1]);
    else if (page === 'sources') current = await sourcesPage();
    else if (page === 'ingest') current = await ingestPage();
    else current = await incidentsPage(filters);
  } catch (error) {
    say(error.message, 'error');
  }
}
window.addEventListener('hashchange', route);

// ---------- incidents: filters, map, timeline, list ----------

let countriesGeoJson = null;
async function countries() {
  if (!countriesGeoJson) {
    const topo = await api('/vendor/world-atlas/countries-50m.json');
    const all = topojson.feature(topo, topo.objects.countries);
    // Antarctica is left out; rings that cross the antimeridian are made continuous (no stripes).
    const unwrap = (ring) => {
      let shift = 0;
      return ring.map((pt, k) => {
        if (k > 0) {
          const jump = pt[0] - ring[k - 1][0];
          if (jump > 180) shift -= 360;
          else if (jump < -180) shift += 360;
        }
        return [pt[0] + shift, pt[1]];
      });
    };
    const fix = (g) => {
      if (!g) return g;
      if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrap) };
      if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((p) => p.map(unwrap)) };
      return g;
    };
    countriesGeoJson = { ...all, features: all.features.filter((f) => f.id !== '010').map((f) => ({ ...f, geometry: fix(f.geometry) })) };
  }
  return countriesGeoJson;
}

function filterForm(filters, actors) {
  const field = (name, label, input) => el('div', { class: 'field' }, el('label', { for: `f-${name}` }, label), input);
  const input = (name, type, extra = {}) => el('input', { id: `f-${name}`, name, type, value: filters[name] ?? '', ...extra });
  const typeSelect = el('select', { id: 'f-type', name: 'type' }, el('option', { value: '' }, 'any type'),
    ATTACK_TYPES.map((t) => el('option', { value: t, selected: filters.type === t }, t)));
  const actorList = el('datalist', { id: 'actor-list' }, actors.map((a) => el('option', { value: a.name }, `${a.name} (${a.incidents})`)));
  const form = el('form', { class: 'filters', 'aria-label': 'Filter incidents' },
    el('h2', {}, 'Filters'),
    field('from', 'From', input('from', 'date')),
    field('to', 'To', input('to', 'date')),
    field('country', 'Country (name or code)', input('country', 'text')),
    field('actor', 'Actor', input('actor', 'text', { list: 'actor-list' })), actorList,
    field('type', 'Attack type', typeSelect),
    field('min_killed', 'Minimum killed', input('min_killed', 'number', { min: 0, step: 1 })),
    field('text', 'Text', input('text', 'search')),
    el('div', { class: 'buttons' }, el('button', { type: 'submit' }, 'Apply'), el('button', { type: 'button', id: 'f-clear' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const name of FILTERS) values[name] = form.elements[name].value.trim();
    location.hash = `#/incidents${query(values)}`;
  });
  form.querySelector('#f-clear').addEventListener('click', () => { location.hash = '#/incidents'; });
  return form;
}

function setFilterValues(form, filters) {
  for (const name of FILTERS) form.elements[name].value = filters[name] ?? '';
}

function markerStyle(incident) {
  const best = incident.killed && incident.killed.best ? incident.killed.best : 0;
  const precision = (incident.place && incident.place.precision) || 'country';
  const styles = {
    point: { fillOpacity: 0.85, dashArray: null, weight: 2 },
    city: { fillOpacity: 0.6, dashArray: null, weight: 2 },
    district: { fillOpacity: 0.35, dashArray: '4 3', weight: 2 },
    admin1: { fillOpacity: 0.2, dashArray: '2 3', weight: 2 },
    country: { fillOpacity: 0.05, dashArray: '1 4', weight: 2 },
  };
  return {
    radius: 5 + 3 * Math.sqrt(best),
    color: '#8b1a1a',
    fillColor: '#c0392b',
    className: `incident-marker precision-${precision}`,
    ...(styles[precision] || styles.country),
  };
}

function monthOf(date) {
  return typeof date === 'string' && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}
function monthsBetween(a, b) {
  const out = [];
  let [y, m] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  while (y < yb || (y === yb && m <= mb)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}
function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Incidents per month as SVG bars; click a bar, or press on one and release on another, to set the date range. */
function drawTimeline(container, incidents, filters) {
  container.replaceChildren();
  const counts = new Map();
  for (const i of incidents) {
    const m = monthOf(i.date);
    if (m) counts.set(m, (counts.get(m) || 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  container.append(el('h2', { id: 'timeline-title' }, 'Incidents per month'));
  if (keys.length === 0) {
    container.append(el('p', { class: 'muted' }, 'No dated incidents.'));
    return;
  }
  let months = monthsBetween(keys[0], keys[keys.length - 1]);
  if (months.length < 12) {
    const [y, m] = keys[0].split('-').map(Number);
    const start = new Date(Date.UTC(y, m - 1 - Math.floor((12 - months.length) / 2), 1));
    const first = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 11, 1));
    months = monthsBetween(first, `${end.getUTCFullYear()}-${String(end.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  const max = Math.max(...counts.values());
  const width = 800;
  const height = 90;
  const bw = width / months.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 16}`, class: 'timeline', role: 'group', 'aria-labelledby': 'timeline-title' });
  const fromM = filters.from ? filters.from.slice(0, 7) : null;
  const toM = filters.to ? filters.to.slice(0, 7) : null;
  let pressed = null;
  const choose = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    location.hash = `#/incidents${query({ ...filters, from: `${lo}-01`, to: lastDay(hi) })}`;
  };
  months.forEach((month, index) => {
    const n = counts.get(month) || 0;
    const h = n ? Math.max(3, (n / max) * height) : 0;
    const selected = (fromM || toM) && (!fromM || month >= fromM) && (!toM || month <= toM);
    const bar = svg('rect', {
      x: index * bw + 1, y: height - h, width: Math.max(1, bw - 2), height: Math.max(h, 0), class: `bar${selected ? ' selected' : ''}`,
    });
    const hit = svg('rect', {
      x: index * bw, y: 0, width: bw, height, class: 'bar-hit', tabindex: 0, role: 'button',
      'data-month': month, 'aria-label': `${month}: ${n} incident${n === 1 ? '' : 's'}; select this month`,
    });
    const title = svg('title');
    title.textContent = `${month}: ${n}`;
    hit.append(title);
    hit.addEventListener('pointerdown', (event) => { pressed = month; event.preventDefault(); });
    hit.addEventListener('pointerup', () => { if (pressed) choose(pressed, month); pressed = null; });
    hit.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (event.shiftKey && fromM) choose(fromM, month);
        else choose(month, month);
      }
    });
    chart.append(bar, hit);
    if (index === 0 || month.endsWith('-01') || months.length <= 24) {
      if (months.length <= 24 || month.endsWith('-01') || index === 0) {
        const label = svg('text', { x: index * bw + bw / 2, y: height + 12, class: 'tick', 'text-anchor': 'middle' });
        label.textContent = months.length <= 24 ? month.slice(2) : month.slice(0, 4);
        chart.append(label);
      }
    }
  });
  container.append(chart, el('p', { class: 'hint' }, 'Click a month, or press on one and release on another, to filter to that period; Shift+Enter extends from the current start.'));
  if (filters.from || filters.to) {
    const clear = el('button', { type: 'button' }, 'Clear dates');
    clear.addEventListener('click', () => { location.hash = `#/incidents${query({ ...filters, from: '', to: '' })}`; });
    container.append(clear);
  }
}

function incidentList(container, incidents, total) {
  container.replaceChildren(el('h2', {}, `Incidents (${total})`));
  if (incidents.length < total) container.append(el('p', { class: 'muted' }, `showing ${incidents.length} of ${total}`));
  const list = el('ol', { class: 'incident-list' });
  for (const i of incidents) {
    list.append(el('li', {},
      el('a', { href: `#/incident/${encodeURIComponent(i.id)}` }, `${i.date ?? 'undated'} — ${placeText(i.place)}`),
      el('div', { class: 'meta' },
        (i.attack_types || []).join(', ') || 'type unknown',
        ` · killed ${figureText(i.killed)}`,
        i.perpetrators && i.perpetrators.length ? ` · ${i.perpetrators.map((p) => `${p.name} (${p.status})`).join(', ')}` : ''),
    ));
  }
  container.append(list);
}

async function incidentsPage(initialFilters) {
  const actors = await api('/api/actors').then((r) => r.actors).catch(() => []);
  const form = filterForm(initialFilters, actors);
  const mapBox = el('div', { id: 'map', role: 'region', 'aria-label': 'Map of incidents' });
  const timeline = el('section', { class: 'timeline-box', 'aria-label': 'Timeline' });
  const listBox = el('section', { class: 'list', 'aria-label': 'Incident list' });
  main.append(el('div', { class: 'incidents-layout' }, form, el('div', { class: 'map-column' }, mapBox, timeline), listBox));

  const map = L.map(mapBox, { worldCopyJump: true, minZoom: 1, maxZoom: 14, attributionControl: true }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  countries().then((geo) => {
    L.geoJSON(geo, { interactive: false, style: { color: '#9a9384', weight: 0.6, fillColor: '#efeadf', fillOpacity: 1 } }).addTo(map).bringToBack();
  }).catch((error) => say(`basemap: ${error.message}`, 'error'));
  const cluster = typeof L.markerClusterGroup === 'function' ? L.markerClusterGroup({ maxClusterRadius: 40 }) : L.layerGroup();
  cluster.addTo(map);

  async function update(filters) {
    setFilterValues(form, filters);
    const undated = { ...filters, from: '', to: '' };
    const [result, all] = await Promise.all([
      api(`/api/incidents${query({ ...filters, limit: 1000 })}`),
      api(`/api/incidents${query({ ...undated, limit: 1000 })}`),
    ]);
    cluster.clearLayers();
    const points = [];
    for (const i of result.incidents) {
      if (!i.place || typeof i.place.lat !== 'number' || typeof i.place.lon !== 'number') continue;
      const marker = L.circleMarker([i.place.lat, i.place.lon], markerStyle(i));
      const tip = el('div', {}, el('strong', {}, `${i.date ?? 'undated'} — ${placeText(i.place)}`), el('br'),
        `${(i.attack_types || []).join(', ')} · killed ${figureText(i.killed)} · ${i.place.precision}`);
      marker.bindTooltip(tip);
      marker.on('click', () => { location.hash = `#/incident/${encodeURIComponent(i.id)}`; });
      cluster.addLayer(marker);
      points.push([i.place.lat, i.place.lon]);
    }
    if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 6, animate: false });
    drawTimeline(timeline, all.incidents, filters);
    incidentList(listBox, result.incidents, result.total);
    main.dataset.loaded = 'incidents';
  }
  await update(initialFilters);
  return { name: 'incidents', update, destroy: () => { map.stop(); map.off(); map.remove(); } };
}

// ---------- incident page ----------

function table(caption, headers, rows) {
  return el('table', {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

/** The document's text with every quote span in a <mark>; returns the node and claim id → first mark. */
function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const block = el('div', { class: 'doc-text' });
  const firstMark = new Map();
  for (let k = 0; k < points.length - 1; k += 1) {
    const a = points[k];
    const b = points[k + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) { block.append(document.createTextNode(piece)); continue; }
    const mark = el('mark', {
      'data-claims': covering.map((s) => s.claim).join(' '),
      'data-fields': [...new Set(covering.map((s) => s.field))].join(' '),
      class: covering.every((s) => s.rejected) ? 'rejected' : null,
      title: [...new Set(covering.map((s) => `${s.field} (${s.source}, ${s.stance})`))].join('; '),
    }, piece);
    for (const s of covering) if (!firstMark.has(s.claim)) firstMark.set(s.claim, mark);
    block.append(mark);
  }
  return { block, firstMark };
}

function historyChart(points) {
  const values = points.flatMap((p) => [p.low, p.best, p.high]).filter((v) => typeof v === 'number');
  if (points.length < 2 || values.length === 0) return null;
  const max = Math.max(1, ...values);
  const w = 240;
  const h = 60;
  const x = (i) => 10 + (i * (w - 20)) / (points.length - 1);
  const y = (v) => h - 8 - ((h - 16) * v) / max;
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'history-chart', role: 'img', 'aria-label': `best estimate over reports: ${points.map((p) => p.best ?? '?').join(', ')}` });
  const line = points.map((p, i) => (typeof p.best === 'number' ? `${x(i)},${y(p.best)}` : null)).filter(Boolean).join(' ');
  chart.append(svg('polyline', { points: line, class: 'history-line' }));
  points.forEach((p, i) => {
    if (typeof p.low === 'number' && typeof p.high === 'number') chart.append(svg('line', { x1: x(i), x2: x(i), y1: y(p.low), y2: y(p.high), class: 'history-range' }));
    if (typeof p.best === 'number') {
      chart.append(svg('circle', { cx: x(i), cy: y(p.best), r: 3, class: 'history-dot' }));
      const t = svg('text', { x: x(i), y: y(p.best) - 5, 'text-anchor': 'middle', class: 'tick' });
      t.textContent = String(p.best);
      chart.append(t);
    }
  });
  return chart;
}

async function incidentPage(id) {
  const incident = await api(`/api/incidents/${encodeURIComponent(id)}`);
  const docs = await Promise.all((incident.documents || []).map((d) => api(`/api/documents/${encodeURIComponent(d)}`).catch(() => null)));
  const docTitle = new Map(docs.filter(Boolean).map((d) => [d.document.id, d.document.title || d.document.outlet || d.document.id]));

  main.append(el('p', {}, el('a', { href: '#/incidents' }, '← all incidents')));
  main.append(el('h2', { class: 'incident-title' }, `${incident.date ?? 'undated'} — ${placeText(incident.place)}`));

  const dl = el('dl', { class: 'reconciled' });
  const row = (k, v) => dl.append(el('dt', {}, k), el('dd', {}, v));
  row('Date', incident.date ?? 'unknown');
  row('Place', incident.place ? `${placeText(incident.place)} (${incident.place.precision}; ${incident.place.lat}, ${incident.place.lon})` : 'unknown');
  if (incident.places_mentioned && incident.places_mentioned.length) row('Places mentioned', incident.places_mentioned.map((p) => placeText(p)).join('; '));
  row('Attack types', (incident.attack_types || []).join(', ') || '—');
  row('Targets', (incident.targets || []).map(valueText).join('; ') || '—');
  row('Victims', (incident.victims || []).map(valueText).join('; ') || '—');
  row('Perpetrators', [...(incident.perpetrators || []).map(valueText), ...(incident.perpetrator_descriptions || [])].join('; ') || '—');
  row('Weapons', (incident.weapons || []).map(valueText).join('; ') || '—');
  for (const f of FIGURES) row(f.replace('_', ' '), el('span', { 'data-figure': f }, figureText(incident[f])));
  main.append(el('section', { 'aria-label': 'Reconciled values' }, el('h3', {}, 'Reconciled values'), dl));

  // The documents with their quotes marked (built first so the claims table can point into them).
  const marks = new Map();
  const docSection = el('section', { class: 'documents', 'aria-label': 'Source documents' }, el('h3', {}, 'Source documents'));
  for (const d of docs) {
    if (!d) continue;
    const doc = d.document;
    const { block, firstMark } = markedText(doc.text, d.spans || []);
    for (const [k, v] of firstMark) marks.set(k, v);
    docSection.append(el('article', { class: 'document', id: `doc-${doc.id}`, 'data-document': doc.id },
      el('h4', {}, doc.title || '(untitled)'),
      el('p', { class: 'meta' }, [doc.outlet, doc.author, doc.published, doc.url, doc.id].filter(Boolean).join(' · '), doc.copy_of ? ` · copy of ${doc.copy_of}` : ''),
      block));
  }

  const claimRows = (incident.claims || []).map((c) => {
    const tr = el('tr', { class: c.rejected ? 'rejected' : null, 'data-claim': c.id, 'data-field': c.field },
      el('td', {}, c.field),
      el('td', {}, valueText(c.value)),
      el('td', {}, c.source, c.source_kind ? el('span', { class: 'muted' }, ` (${c.source_kind})`) : null),
      el('td', {}, c.stance),
      el('td', {}, c.reported_at ?? '—'),
      el('td', {}, c.credibility ?? '—'),
      el('td', {}, c.rejected ? (typeof c.rejected === 'object' ? `yes: ${c.rejected.why ?? ''}` : 'yes') : ''),
      el('td', {}, el('button', { type: 'button', class: 'to-quote', 'aria-label': `show the quote of claim ${c.id} (${c.field})` }, 'quote')));
    tr.querySelector('button').addEventListener('click', () => {
      const mark = marks.get(c.id);
      if (!mark) { say(`the quote of claim ${c.id} is not in a shown document`, 'error'); return; }
      for (const m of document.querySelectorAll('mark.current')) m.classList.remove('current');
      for (const m of document.querySelectorAll('mark')) if (m.dataset.claims.split(' ').includes(String(c.id))) m.classList.add('current');
      mark.scrollIntoView({ block: 'center' });
      mark.setAttribute('tabindex', '-1');
      mark.focus({ preventScroll: true });
    });
    return tr;
  });
  main.append(el('section', { 'aria-label': 'Claims' }, table('Claims: who says what, with the quote', ['field', 'value', 'source', 'stance', 'date', 'credibility', 'rejected', ''], claimRows)));

  const history = incident.figure_history || {};
  const histSection = el('section', { 'aria-label': 'Figure history' }, el('h3', {}, 'Figure history'));
  for (const f of FIGURES) {
    const points = history[f] || [];
    if (!points.length) continue;
    histSection.append(el('div', { class: 'history' },
      table(f.replace('_', ' '), ['after document', 'published', 'low', 'best', 'high', 'disputed'],
        points.map((p) => el('tr', {}, el('td', {}, docTitle.get(p.document) || p.document), el('td', {}, p.published ?? '—'),
          el('td', {}, p.low ?? '—'), el('td', {}, p.best ?? '—'), el('td', {}, p.high ?? '—'), el('td', {}, p.disputed ? 'yes' : 'no')))),
      historyChart(points)));
  }
  main.append(histSection);

  const attribution = el('section', { 'aria-label': 'Attribution' }, el('h3', {}, 'Attribution'));
  const who = (list) => (list || []).map((x) => `${x.source}${x.reported_at ? ` (${x.reported_at})` : ''}`).join('; ');
  if (!(incident.attribution || []).length) attribution.append(el('p', { class: 'muted' }, 'No perpetrator named.'));
  for (const a of incident.attribution || []) {
    attribution.append(el('div', { class: 'attribution' }, el('strong', {}, `${a.name}: ${a.status}`),
      el('ul', {}, [['claimed by', a.claimed_by], ['blamed by', a.blamed_by], ['suspected by', a.suspected_by], ['denied by', a.denied_by], ['doubted by', a.doubted_by]]
        .filter(([, l]) => l && l.length).map(([k, l]) => el('li', {}, `${k}: ${who(l)}`)))));
  }
  main.append(attribution);

  const merge = el('section', { 'aria-label': 'Merge evidence' }, el('h3', {}, 'Merge evidence'));
  if (!(incident.merge_evidence || []).length) merge.append(el('p', { class: 'muted' }, 'One report; nothing merged.'));
  for (const m of incident.merge_evidence || []) {
    merge.append(el('div', { class: 'merge' }, el('p', {}, `${m.a} + ${m.b}: ${m.decided}, score ${m.score}`), el('ul', {}, (m.notes || []).map((n) => el('li', {}, n)))));
  }
  main.append(merge, docSection);
  main.dataset.loaded = 'incident';
  main.focus({ preventScroll: true });
  return { name: 'incident' };
}

// ---------- sources ----------

async function sourcesPage() {
  const section = el('section', { 'aria-label': 'Sources' }, el('h2', {}, 'Sources'),
    el('p', { class: 'hint' }, 'Admiralty reliability grades, A (completely reliable) to F (cannot be judged). Changing a grade reconciles every incident the source speaks in again.'));
  const body = el('tbody');
  section.append(el('table', { class: 'sources' }, el('caption', {}, 'Sources with their grades'),
    el('thead', {}, el('tr', {}, ['source', 'kind', 'aliases', 'claims', 'grade'].map((h) => el('th', { scope: 'col' }, h)))), body));
  main.append(section);

  async function load() {
    const { sources } = await api('/api/sources');
    body.replaceChildren();
    sources.forEach((s, n) => {
      const select = el('select', { id: `grade-${n}`, 'data-source': s.id, 'aria-label': `grade of ${s.name}` },
        GRADES.map((g) => el('option', { value: g, selected: s.reliability === g }, `${g} — ${GRADE_NAMES[g]}`)));
      select.addEventListener('change', async () => {
        select.disabled = true;
        try {
          const result = await postJson(`/api/sources/${encodeURIComponent(s.id)}/grade`, { grade: select.value });
          const n = (result.incidents || []).length;
          say(`${s.name} graded ${result.source ? result.source.reliability : select.value}; ${n} incident${n === 1 ? '' : 's'} reconciled again.`);
          await load();
        } catch (error) {
          say(error.message, 'error');
          select.disabled = false;
        }
      });
      body.append(el('tr', { 'data-source': s.id }, el('td', {}, s.name), el('td', {}, s.kind ?? '—'), el('td', {}, (s.aliases || []).join(', ')),
        el('td', {}, s.claims ?? 0), el('td', { class: 'grade', 'data-grade': s.reliability }, select)));
    });
    main.dataset.loaded = 'sources';
  }
  await load();
  return { name: 'sources' };
}

// ---------- ingest ----------

async function ingestPage() {
  const field = (id, label, input) => el('div', { class: 'field' }, el('label', { for: id }, label), input);
  const form = el('form', { class: 'ingest', 'aria-label': 'Ingest a report' },
    el('h2', {}, 'Ingest'),
    field('i-text', 'Report text (paste)', el('textarea', { id: 'i-text', name: 'text', rows: 12 })),
    field('i-files', 'Or files', el('input', { id: 'i-files', name: 'file', type: 'file', multiple: true })),
    el('div', { class: 'row' },
      field('i-title', 'Title', el('input', { id: 'i-title', name: 'title', type: 'text' })),
      field('i-published', 'Published', el('input', { id: 'i-published', name: 'published', type: 'date' })),
      field('i-outlet', 'Outlet', el('input', { id: 'i-outlet', name: 'outlet', type: 'text' })),
      field('i-url', 'URL', el('input', { id: 'i-url', name: 'url', type: 'url' }))),
    el('button', { type: 'submit' }, 'Ingest'),
    el('progress', { id: 'i-progress', hidden: true, 'aria-label': 'ingest in progress' }));
  const results = el('section', { class: 'results', 'aria-label': 'Ingest results', 'aria-live': 'polite' });
  main.append(form, results);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const meta = {};
    for (const name of ['title', 'published', 'outlet', 'url']) if (form.elements[name].value.trim()) meta[name] = form.elements[name].value.trim();
    const files = form.elements.file.files;
    const text = form.elements.text.value;
    if (!text.trim() && files.length === 0) { say('Paste a text or choose files first.', 'error'); return; }
    const progress = form.querySelector('#i-progress');
    progress.hidden = false;
    try {
      let summary;
      if (files.length) {
        const data = new FormData();
        for (const f of files) data.append('file', f, f.name);
        for (const [k, v] of Object.entries(meta)) data.append(k, v);
        summary = await api('/api/ingest', { method: 'POST', body: data });
      } else {
        summary = await postJson('/api/ingest', { text, ...meta });
      }
      showResults(results, summary);
      say(`added ${summary.added}, unchanged ${summary.unchanged}, failed ${summary.failed}; ${summary.incidents} incident${summary.incidents === 1 ? '' : 's'}.`, summary.failed ? 'error' : 'info');
    } catch (error) {
      say(error.message, 'error');
    } finally {
      progress.hidden = true;
    }
  });
  return { name: 'ingest' };
}

function showResults(container, summary) {
  container.replaceChildren(table('Result per item', ['item', 'status', 'document', 'incidents', 'reason'],
    (summary.items || []).map((item) => el('tr', { class: `status-${item.status}` },
      el('td', {}, item.origin ?? ''), el('td', {}, item.status),
      el('td', {}, item.document ?? '—'),
      el('td', {}, (item.incidents || []).map((id, k) => [k ? ', ' : '', el('a', { href: `#/incident/${encodeURIComponent(typeof id === 'string' ? id : id.id)}` }, typeof id === 'string' ? id : id.id)])),
      el('td', {}, item.code ? `${item.code}: ${item.reason ?? ''}` : (item.reason ?? ''))))));
}

route();
