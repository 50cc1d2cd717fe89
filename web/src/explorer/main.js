// The network explorer: search an actor, draw its ego network, see the k paths to a second actor with
// the shared projects behind each step, a collaboration heat map, an S3 domain filter, exports and a
// shareable URL (the view lives in the query string).
import './explorer.css';
import { ApiError, apiKey, gql, queries, setApiKey } from './api.js';
import { attachCombobox } from './combobox.js';
import { clearPaths, countryColour, createGraph, drawNetwork, KIND_COLOURS, KIND_NAMES, PATH_COLOURS, runLayout, showPaths } from './graph.js';
import { buildMatrix, groupLabel, MAX_GROUPS, renderPng, renderTable } from './heatmap.js';
import { LIMITS, readState, writeState } from './state.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k in e) e[k] = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
};

const state = readState(window.location.search);
const data = { network: null, paths: null, matrix: null, regions: new Map(), actorName: '', targetName: '', domains: [] };
const seq = { network: 0, paths: 0, matrix: 0, details: 0, bridges: 0, suggestions: 0 };
let cy = null;
let focusPath = -1;

window.gosmart = { get cy() { return cy; } };

// ---- status and URL ------------------------------------------------------------------------

function setStatus(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function describe(error) {
  if (!(error instanceof ApiError)) return String(error?.message ?? error);
  const hint = error.code === 'UNAUTHENTICATED' ? ' Enter a valid API key under “API key”.' : '';
  return `${error.message} (${error.code})${hint}`;
}

function saveState() {
  const url = `${window.location.pathname}${writeState(state)}`;
  window.history.replaceState(null, '', url);
  $('share-url').value = window.location.href;
}

/**
 * One load into an element: marks it `data-loading` while the query runs and hands the answer to `show`, unless a
 * newer load of the same kind started meanwhile (its answer is then dropped); a failure goes to `fail`, likewise.
 */
async function loadInto(kind, element, query, variables, show, fail) {
  const mine = ++seq[kind];
  element.dataset.loading = 'true';
  try {
    const result = await gql(query, variables);
    if (mine === seq[kind]) show(result);
  } catch (e) {
    if (mine === seq[kind]) fail(e);
  } finally {
    if (mine === seq[kind]) delete element.dataset.loading;
  }
}

function domainName() {
  return data.domains.find((d) => d.id === state.domain)?.name ?? state.domain;
}

// ---- controls ------------------------------------------------------------------------------

function fillControls() {
  for (let k = LIMITS.kMin; k <= LIMITS.kMax; k++) $('k').append(el('option', { value: String(k), textContent: String(k) }));
  $('k').value = String(state.k);
  $('depth').value = String(state.depth);
  $('limit').value = String(state.limit);
  $('groupBy').value = state.groupBy;
  $('layout').value = state.layout;
}

function fillLegend() {
  const items = Object.entries(KIND_NAMES).map(([kind, name]) => el('li', {},
    el('span', { className: 'swatch', style: `background:${KIND_COLOURS[kind]}` }), name));
  const countries = [...new Set((data.network?.nodes ?? []).map((n) => n.country))].sort();
  if (countries.length > 0) {
    items.push(el('li', { className: 'legend-note' }, 'Border and label: country'));
    for (const c of countries.slice(0, 16)) {
      items.push(el('li', {}, el('span', { className: 'swatch ring', style: `border-color:${countryColour(c)}` }), c));
    }
    if (countries.length > 16) items.push(el('li', { className: 'legend-note' }, `and ${countries.length - 16} more`));
  }
  items.push(el('li', { className: 'legend-note' }, 'Edge width: shared projects'));
  $('legend').replaceChildren(...items);
}

// ---- network -------------------------------------------------------------------------------

function networkVariables() {
  return {
    center: state.actor,
    depth: state.depth,
    limit: state.limit,
    filter: state.domain ? { s3DomainIn: [state.domain] } : null,
  };
}

async function loadNetwork() {
  if (!state.actor) return;
  const container = $('network');
  setStatus('Loading the network…');
  await loadInto('network', container, queries.network, networkVariables(), ({ network: view }) => {
    data.network = view;
    data.actorName = view.center.name;
    cy?.destroy();
    cy = createGraph(container, view.nodes.length, selectNode);
    drawNetwork(cy, view, state.layout);
    container.dataset.nodes = String(view.nodes.length);
    container.dataset.edges = String(view.edges.length);
    container.dataset.center = view.center.id;
    container.dataset.extraNodes = '0';
    fillLegend();
    fillNodePick();
    resetSuggestions();
    const domain = state.domain ? ` in ${domainName()}` : '';
    setStatus(`${view.center.name}: ${view.nodes.length} actors and ${view.edges.length} collaborations within ${state.depth} step${state.depth > 1 ? 's' : ''}${domain}` +
      (view.truncated ? ` (cut at ${state.limit} actors: the most weakly tied of the last depth are left out${state.limit < LIMITS.limitMax ? '; raise “Most nodes” to see more' : ''})` : '') + '.');
    if (data.paths) applyPaths();
  }, (e) => setStatus(`Could not draw the network: ${describe(e)}`, true));
}

function fillNodePick() {
  const pick = $('node-pick');
  const nodes = [...(data.network?.nodes ?? [])].sort((a, b) => a.depth - b.depth || b.degree - a.degree || a.label.localeCompare(b.label));
  pick.replaceChildren(el('option', { value: '', textContent: `— ${nodes.length} actors —` }),
    ...nodes.map((n) => el('option', { value: n.id, textContent: `${n.label} (${n.country}, ${KIND_NAMES[n.kind] ?? n.kind}, depth ${n.depth})` })));
  pick.disabled = nodes.length === 0;
}

async function selectNode(id) {
  if (!cy) return;
  cy.nodes(':selected').unselect();
  $('node-pick').value = id ?? '';
  if (!id) {
    $('details').replaceChildren();
    return;
  }
  cy.getElementById(id).select();
  await loadInto('details', $('details'), queries.details, { id }, ({ actor }) => {
    if (!actor) return;
    const website = actor.website && /^https?:\/\//.test(actor.website)
      ? el('a', { href: actor.website, rel: 'noopener noreferrer', target: '_blank', textContent: actor.website.replace(/^https?:\/\//, '') }) : null;
    $('details').replaceChildren(
      el('h3', { textContent: actor.name }),
      el('p', { textContent: `${KIND_NAMES[actor.kind] ?? actor.kind} · ${actor.city ? `${actor.city}, ` : ''}${actor.region.name} · ${actor.country}` }),
      el('p', { textContent: `${actor.degree} collaborators, ${actor.projectCount} projects` }),
      actor.s3Domains.length ? el('p', { className: 'hint', textContent: `S3: ${actor.s3Domains.slice(0, 4).map((d) => d.name).join(', ')}` }) : null,
      website ? el('p', {}, website) : null,
      el('div', { className: 'buttons' },
        el('button', { type: 'button', id: 'center-here', textContent: 'Centre the network here', onclick: () => chooseActor({ id: actor.id, name: actor.name }) }),
        id !== state.actor ? el('button', { type: 'button', id: 'paths-here', textContent: 'Paths to here', onclick: () => chooseTarget({ id: actor.id, name: actor.name }) }) : null),
    );
  }, (e) => setStatus(`Could not read the actor: ${describe(e)}`, true));
}

// ---- paths ---------------------------------------------------------------------------------

async function loadPaths() {
  if (!state.to) return;
  if (!state.actor) {
    $('paths').replaceChildren(el('p', { className: 'hint', textContent: 'Choose the first actor under “Actor” too.' }));
    return;
  }
  const panel = $('paths');
  panel.replaceChildren(el('p', { className: 'hint', textContent: 'Looking for paths…' }));
  const constraints = state.domain ? { intermediaryDomain: state.domain } : null;
  await loadInto('paths', panel, queries.paths, { from: state.actor, to: state.to, k: state.k, constraints }, ({ paths }) => {
    data.paths = paths;
    focusPath = -1;
    renderPaths();
    applyPaths();
  }, (e) => {
    data.paths = null;
    panel.replaceChildren(el('p', { className: 'error', textContent: `Could not find paths: ${describe(e)}` }));
  });
}

function applyPaths() {
  if (!cy || !data.paths) return;
  const before = cy.nodes().length;
  showPaths(cy, data.paths, focusPath, state.layout);
  $('network').dataset.extraNodes = String(cy.nodes('.extra').length);
  if (cy.nodes().length !== before) fillLegend();
}

function years(c) {
  if (!c?.firstYear) return '';
  return c.firstYear === c.lastYear ? `${c.firstYear}` : `${c.firstYear}–${c.lastYear}`;
}

function renderPaths() {
  const panel = $('paths');
  const paths = data.paths ?? [];
  const domain = state.domain ? `, every actor between active in ${domainName()}` : '';
  const head = el('p', { className: 'hint', textContent: `${paths.length === 0 ? 'No path' : `${paths.length} path${paths.length > 1 ? 's' : ''}`} of at most 6 steps from ${data.actorName || state.actor} to ${data.targetName || state.to}${domain}.` });
  const list = el('ol', { className: 'path-list' }, ...paths.map((path, i) => {
    const steps = el('ol', { className: 'steps' }, ...path.steps.map((step) => {
      const c = step.collaboration;
      const evidence = c?.evidence?.length
        ? el('ul', { className: 'evidence', 'aria-label': 'Shared projects' }, ...c.evidence.map((p) => el('li', {},
          el('strong', { textContent: p.acronym ?? p.id }), ` ${p.title ?? ''}${p.startDate ? ` (${p.startDate.slice(0, 4)})` : ''}`)))
        : el('ul', { className: 'evidence' }, el('li', { textContent: step.relation === 'COLLABORATION' ? (c?.declared ? 'Declared collaboration' : 'No project recorded') : step.relation === 'MEMBERSHIP' ? 'Membership' : 'Shared S3 domain' }));
      return el('li', { className: 'step', dataset: { from: step.from.id, to: step.to.id } },
        el('div', { className: 'step-head' }, `${step.from.name} → ${step.to.name}`),
        el('div', { className: 'hint', textContent: step.relation === 'COLLABORATION'
          ? `${c?.sharedProjectCount ?? c?.weight ?? 0} shared project${(c?.sharedProjectCount ?? 0) === 1 ? '' : 's'}${years(c) ? `, ${years(c)}` : ''}${(c?.sharedProjectCount ?? 0) > (c?.evidence?.length ?? 0) ? `; the first ${c.evidence.length} shown` : ''}`
          : step.relation.toLowerCase().replace('_', ' ') }),
        evidence);
    }));
    const focus = el('button', {
      type: 'button',
      className: 'path-focus',
      'aria-pressed': String(focusPath === i),
      textContent: `Path ${i + 1}: ${path.hops} step${path.hops > 1 ? 's' : ''}, ${path.countries.join(' → ')}, weakest link ${path.weakestLink}`,
      onclick: () => {
        focusPath = focusPath === i ? -1 : i;
        renderPaths();
        applyPaths();
      },
    });
    focus.style.borderLeftColor = PATH_COLOURS[i % PATH_COLOURS.length];
    return el('li', { className: 'path', dataset: { hops: String(path.hops) } }, focus, steps);
  }));
  panel.replaceChildren(head, list);
}

// ---- heat map ------------------------------------------------------------------------------

async function loadMatrix() {
  const container = $('heatmap');
  await loadInto('matrix', container, queries.matrix, { groupBy: state.groupBy, s3Domain: state.domain || null }, (result) => {
    data.regions = new Map(result.regions.map((r) => [r.id, r]));
    data.matrix = { groupBy: state.groupBy, domain: state.domain, links: result.regionMatrix, ...buildMatrix(result.regionMatrix) };
    const label = (g) => groupLabel(g, state.groupBy, data.regions);
    renderTable(container, data.matrix, label, chooseCell);
    $('bridges').replaceChildren(el('p', { className: 'hint', textContent: 'Choose a cell (click, or Tab to it and press Enter) to see the actors that connect its two groups.' }));
    container.dataset.groups = String(data.matrix.groups.length);
    $('heatmap-note').textContent = data.matrix.total > MAX_GROUPS
      ? `The ${MAX_GROUPS} groups with most collaborations of ${data.matrix.total}.`
      : `${data.matrix.total} groups.`;
    if (state.view === 'heatmap') setStatus(`Collaborations between ${state.groupBy === 'COUNTRY' ? 'countries' : 'regions'}${state.domain ? ` in ${domainName()}` : ''}.`);
  }, (e) => setStatus(`Could not draw the heat map: ${describe(e)}`, true));
}

function groupInput(group) {
  const input = state.groupBy === 'COUNTRY' ? { country: group } : { region: group };
  return state.domain ? { ...input, s3Domain: state.domain } : input;
}

async function chooseCell(row, col, td) {
  for (const chosen of document.querySelectorAll('#heatmap td.chosen')) chosen.classList.remove('chosen');
  td.classList.add('chosen');
  const panel = $('bridges');
  const label = (g) => groupLabel(g, state.groupBy, data.regions);
  if (row === col) {
    panel.replaceChildren(el('p', { className: 'hint', textContent: `${label(row)} with itself: choose a cell off the diagonal to see who bridges two groups.` }));
    return;
  }
  panel.replaceChildren(el('p', { className: 'hint', textContent: `Looking for actors bridging ${label(row)} and ${label(col)}…` }));
  await loadInto('bridges', panel, queries.connectors, { from: groupInput(row), to: groupInput(col) }, ({ connectors }) => {
    const domain = state.domain ? ` in ${domainName()}` : '';
    panel.replaceChildren(
      el('p', { className: 'hint', textContent: connectors.length === 0
        ? `No actor ties ${label(row)} to ${label(col)}${domain}.`
        : `The ${connectors.length} actors that best tie ${label(row)} to ${label(col)}${domain}: collaborators on both sides, ranked by the pairs they connect.` }),
      el('ol', { className: 'connector-list' }, ...connectors.map((c) => el('li', { className: 'connector', dataset: { id: c.actor.id } },
        el('strong', { textContent: c.actor.name }),
        ` (${c.actor.country}, ${KIND_NAMES[c.actor.kind] ?? c.actor.kind}${c.actor.region ? `, ${c.actor.region.name}` : ''})`,
        el('div', { className: 'hint', textContent: `${c.tiesFrom} ties to ${label(row)}, ${c.tiesTo} to ${label(col)}; connects ${c.pairsConnected.toLocaleString('en')} pairs; score ${Math.round(c.score).toLocaleString('en')}` }),
        el('button', { type: 'button', textContent: 'Draw its network', onclick: () => chooseActor({ id: c.actor.id, name: c.actor.name }) })))),
    );
  }, (e) => panel.replaceChildren(el('p', { className: 'error', textContent: `Could not find who bridges them: ${describe(e)}` })));
}

// ---- partner suggestions -------------------------------------------------------------------

/** A new centre: its suggestions are not loaded yet, and an answer still coming for the old centre is dropped. */
function resetSuggestions() {
  seq.suggestions++;
  const button = $('suggest');
  button.disabled = !data.network;
  button.textContent = data.network ? `Suggest partners for ${data.network.center.name}` : 'Suggest partners for the centre';
  const panel = $('suggestions');
  panel.replaceChildren();
  delete panel.dataset.loading;
}

async function loadSuggestions() {
  if (!state.actor) return;
  const panel = $('suggestions');
  panel.replaceChildren(el('p', { className: 'hint', textContent: 'Looking for partners…' }));
  const filter = state.domain ? { s3Domain: state.domain } : null;
  await loadInto('suggestions', panel, queries.suggestions, { actor: state.actor, filter }, ({ partnerSuggestions }) => {
    panel.replaceChildren(
      el('p', { className: 'hint', textContent: partnerSuggestions.length === 0 ? 'No partner to suggest.' : `Actors ${data.actorName} does not work with yet, best first${state.domain ? ', active in the chosen domain' : ''}:` }),
      el('ol', {}, ...partnerSuggestions.map((p) => el('li', { className: 'suggestion', dataset: { id: p.actor.id } },
        el('strong', { textContent: p.actor.name }),
        ` (${p.actor.country}, ${KIND_NAMES[p.actor.kind] ?? p.actor.kind})`,
        el('div', { className: 'hint', textContent: p.reasons.join('; ') }),
        el('button', { type: 'button', textContent: 'Paths to here', onclick: () => chooseTarget({ id: p.actor.id, name: p.actor.name }) }),
        el('button', { type: 'button', textContent: 'Centre here', onclick: () => chooseActor({ id: p.actor.id, name: p.actor.name }) })))),
    );
  }, (e) => panel.replaceChildren(el('p', { className: 'error', textContent: `Could not suggest partners: ${describe(e)}` })));
}

// ---- views, exports ------------------------------------------------------------------------

function showView(view, focus = false) {
  state.view = view;
  const network = view === 'network';
  $('tab-network').setAttribute('aria-selected', String(network));
  $('tab-heatmap').setAttribute('aria-selected', String(!network));
  $('tab-network').tabIndex = network ? 0 : -1;
  $('tab-heatmap').tabIndex = network ? -1 : 0;
  $('panel-network').hidden = !network;
  $('panel-heatmap').hidden = network;
  if (focus) $(network ? 'tab-network' : 'tab-heatmap').focus();
  saveState();
  if (network) {
    cy?.resize();
  } else if (!data.matrix || data.matrix.groupBy !== state.groupBy || data.matrix.domain !== state.domain) {
    return loadMatrix();
  }
  return Promise.resolve();
}

function download(name, href) {
  const a = el('a', { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

function exportPng() {
  if (state.view === 'heatmap') {
    if (!data.matrix) return setStatus('Nothing to export yet.', true);
    download(`gosmart-heatmap-${state.groupBy.toLowerCase()}.png`, renderPng(data.matrix, (g) => groupLabel(g, state.groupBy, data.regions),
      `GoSmart Graph: collaborations between ${state.groupBy === 'COUNTRY' ? 'countries' : 'regions'}${state.domain ? ` in ${domainName()}` : ''}`));
  } else {
    if (!cy || cy.nodes().length === 0) return setStatus('Nothing to export yet: choose an actor first.', true);
    download(`gosmart-network-${state.actor.replace(/[^A-Za-z0-9-]/g, '_')}.png`, cy.png({ full: true, scale: 2, bg: '#ffffff' }));
  }
  return undefined;
}

function exportJson() {
  const view = state.view === 'heatmap'
    ? { view: 'heatmap', groupBy: state.groupBy, s3Domain: state.domain || null, regionMatrix: data.matrix?.links ?? [] }
    : {
      view: 'network',
      center: state.actor,
      depth: state.depth,
      limit: state.limit,
      s3Domain: state.domain || null,
      network: data.network,
      pathsTo: state.to || null,
      paths: data.paths,
    };
  const blob = new Blob([JSON.stringify({ url: window.location.href, ...view }, null, 2)], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  download(`gosmart-${state.view}.json`, href);
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

async function copyLink() {
  saveState();
  const input = $('share-url');
  input.hidden = false;
  try {
    await navigator.clipboard.writeText(window.location.href);
    setStatus('The link to this view is copied.');
  } catch {
    input.focus();
    input.select();
    setStatus('Copy the selected link to share this view.');
  }
}

// ---- choosing actors -----------------------------------------------------------------------

let actorBox;
let targetBox;

function chooseActor(actor) {
  state.actor = actor.id;
  data.actorName = actor.name;
  // The old paths started elsewhere: not drawn on the new network while the new ones load.
  data.paths = null;
  focusPath = -1;
  actorBox.set(actor.name);
  saveState();
  showView('network');
  loadNetwork().then(() => loadPaths());
}

function chooseTarget(actor) {
  state.to = actor.id;
  data.targetName = actor.name;
  targetBox.set(actor.name);
  saveState();
  showView('network');
  loadPaths();
}

async function start() {
  fillControls();
  fillLegend();
  const onError = (e) => setStatus(`Search failed: ${describe(e)}`, true);
  actorBox = attachCombobox($('actor-search'), $('actor-search-list'), chooseActor, onError);
  targetBox = attachCombobox($('target-search'), $('target-search-list'), chooseTarget, onError);

  // Enter in a field changes it; it never submits (reloads) the page.
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  $('k').addEventListener('change', () => { state.k = Number($('k').value); saveState(); loadPaths(); });
  $('depth').addEventListener('change', () => { state.depth = Number($('depth').value); saveState(); loadNetwork(); });
  $('limit').addEventListener('change', () => {
    const input = $('limit');
    const n = Number(input.value);
    if (!Number.isInteger(n) || n < LIMITS.limitMin || n > LIMITS.limitMax) {
      input.setAttribute('aria-invalid', 'true');
      setStatus(`“Most nodes” must be a whole number from ${LIMITS.limitMin} to ${LIMITS.limitMax}.`, true);
      return;
    }
    input.removeAttribute('aria-invalid');
    state.limit = n;
    saveState();
    loadNetwork();
  });
  $('domain').addEventListener('change', () => {
    state.domain = $('domain').value;
    saveState();
    data.matrix = null;
    if (state.view === 'heatmap') loadMatrix();
    loadNetwork();
    loadPaths();
  });
  $('layout').addEventListener('change', () => { state.layout = $('layout').value; saveState(); if (cy) runLayout(cy, state.layout); });
  $('groupBy').addEventListener('change', () => { state.groupBy = $('groupBy').value; saveState(); loadMatrix(); });
  $('node-pick').addEventListener('change', () => {
    const id = $('node-pick').value;
    selectNode(id || null);
    if (id && cy) cy.animate({ center: { eles: cy.getElementById(id) }, duration: 200 });
  });
  $('tab-network').addEventListener('click', () => showView('network'));
  $('tab-heatmap').addEventListener('click', () => showView('heatmap'));
  for (const tab of [$('tab-network'), $('tab-heatmap')]) {
    tab.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        showView(state.view === 'network' ? 'heatmap' : 'network', true);
        e.preventDefault();
      }
    });
  }
  $('network').addEventListener('keydown', (e) => {
    if (!cy) return;
    const step = 60;
    const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (moves[e.key]) cy.panBy({ x: moves[e.key][0], y: moves[e.key][1] });
    else if (e.key === '+' || e.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
    else if (e.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
    else if (e.key === '0') cy.fit(undefined, 30);
    else return;
    e.preventDefault();
  });
  $('suggest').addEventListener('click', loadSuggestions);
  const reloadView = () => {
    data.matrix = null;
    loadNetwork().then(() => loadPaths());
    if (state.view === 'heatmap') loadMatrix();
  };
  $('access-form').addEventListener('submit', (e) => {
    e.preventDefault();
    setApiKey($('api-key').value.trim());
    $('api-key').value = '';
    $('access').open = false;
    setStatus(apiKey() ? 'The API key is sent with every request from this tab.' : 'No API key: reading anonymously.');
    reloadView();
  });
  $('api-key-forget').addEventListener('click', () => {
    setApiKey('');
    $('api-key').value = '';
    setStatus('The API key is forgotten: reading anonymously.');
    reloadView();
  });
  $('export-png').addEventListener('click', exportPng);
  $('export-json').addEventListener('click', exportJson);
  $('copy-link').addEventListener('click', copyLink);

  const work = [];
  work.push(gql(queries.domains).then((d) => {
    data.domains = d.s3Domains;
    $('domain').append(...d.s3Domains.map((x) => el('option', { value: x.id, textContent: x.name })));
    $('domain').value = state.domain;
  }).catch((e) => setStatus(`Could not load the S3 domains: ${describe(e)}`, true)));
  if (state.to) {
    work.push(gql(queries.actor, { id: state.to }).then((d) => {
      if (d.actor) {
        data.targetName = d.actor.name;
        targetBox.set(d.actor.name);
      } else {
        state.to = '';
      }
    }).catch(() => {}));
  }
  await Promise.all(work);
  const matrix = showView(state.view);
  if (state.actor) {
    await loadNetwork();
    if (data.network) actorBox.set(data.network.center.name);
    await loadPaths();
  }
  await matrix;
  saveState();
  document.body.dataset.ready = 'true';
}

start();
