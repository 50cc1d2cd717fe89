// Draws an ego network with Cytoscape.js: colour by kind, border and label by country, edge width by
// tie strength; highlights the k paths between two actors.
import cytoscape from 'cytoscape';

export const KIND_COLOURS = {
  COMPANY: '#e6862e',
  RESEARCH: '#2f6fd0',
  AUTHORITY: '#3c9a48',
  INTERMEDIARY: '#9146c4',
};
export const KIND_NAMES = { COMPANY: 'Company', RESEARCH: 'Research', AUTHORITY: 'Public authority', INTERMEDIARY: 'Intermediary' };
export const PATH_COLOURS = ['#d62728', '#ff7f0e', '#17becf', '#bcbd22', '#e377c2', '#8c564b', '#7f7f7f', '#1f77b4', '#2ca02c', '#9467bd'];

// A stable colour per country code (borders): a hue from the code, so a country keeps its colour across views.
export function countryColour(code) {
  let h = 0;
  for (const ch of code ?? '') h = (h * 31 + ch.charCodeAt(0)) % 360;
  return `hsl(${(h * 47) % 360}, 55%, 42%)`;
}

export const edgeId = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const style = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      'border-color': 'data(countryColour)',
      'border-width': 3,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      'min-zoomed-font-size': 8,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      color: '#1d2330',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'node.center', style: { 'border-width': 6, 'font-weight': 'bold', 'font-size': 12, 'z-index': 20 } },
  { selector: 'node.extra', style: { 'border-style': 'dashed', opacity: 0.9 } },
  { selector: 'node.on-path', style: { 'border-color': '#111111', 'border-width': 5, 'z-index': 15, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'overlay-color': '#111111', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa5b5',
      opacity: 0.55,
      // Haystack edges are the cheapest Cytoscape draws: straight lines, no arrows, enough for undirected ties.
      'curve-style': 'haystack',
      'haystack-radius': 0,
    },
  },
  { selector: 'edge.membership', style: { 'line-style': 'dashed' } },
  { selector: 'edge.shared-domain', style: { 'line-style': 'dotted' } },
  { selector: 'edge.on-path', style: { 'line-color': 'data(pathColour)', opacity: 1, 'z-index': 10, width: 'mapData(width, 1, 8, 4, 9)' } },
  { selector: '.faded', style: { opacity: 0.12 } },
];

/** Creates the Cytoscape instance for a view of `nodeCount` nodes (big views render cheaper while moving). */
export function createGraph(container, nodeCount, onSelect) {
  const big = nodeCount > 400;
  const cy = cytoscape({
    container,
    style,
    elements: [],
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: false,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    motionBlur: false,
  });
  cy.on('tap', 'node', (e) => onSelect(e.target.id()));
  cy.on('tap', (e) => { if (e.target === cy) onSelect(null); });
  return cy;
}

function nodeElement(n, classes) {
  return {
    group: 'nodes',
    data: {
      id: n.id,
      name: n.label,
      label: `${n.label} · ${n.country}`,
      kind: n.kind,
      country: n.country,
      depth: n.depth,
      degree: n.degree,
      colour: KIND_COLOURS[n.kind] ?? '#888888',
      countryColour: countryColour(n.country),
      size: 14 + Math.min(26, 5 * Math.log2(1 + (n.degree ?? 1))),
    },
    classes,
  };
}

function widthOf(weight, maxWeight) {
  if (maxWeight <= 1) return 2;
  return 1 + 7 * (Math.log(Math.max(1, weight)) / Math.log(maxWeight));
}

/** Replaces what is drawn with a `network` result and lays it out. */
export function drawNetwork(cy, view, layout) {
  const maxWeight = Math.max(1, ...view.edges.map((e) => e.weight));
  const elements = [
    ...view.nodes.map((n) => nodeElement(n, n.id === view.center.id ? 'center' : '')),
    ...view.edges.map((e) => ({
      group: 'edges',
      data: {
        id: edgeId(e.source, e.target),
        source: e.source,
        target: e.target,
        weight: e.weight,
        width: widthOf(e.weight, maxWeight),
        firstYear: e.firstYear,
        lastYear: e.lastYear,
      },
    })),
  ];
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  runLayout(cy, layout);
}

export function runLayout(cy, layout) {
  const options = layout === 'force'
    ? { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 60, numIter: 600, fit: true, padding: 30 }
    : {
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 30,
      minNodeSpacing: cy.nodes().length > 300 ? 4 : 22,
      spacingFactor: cy.nodes().length < 60 ? 1.6 : 1,
      concentric: (n) => 100 - (n.data('depth') ?? 50),
      levelWidth: () => 1,
    };
  const running = cy.layout(options);
  // A small view fitted to the canvas would be drawn huge: no closer than this zoom.
  running.one('layoutstop', () => {
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
  });
  running.run();
}

/**
 * Adds the paths' actors and steps that the ego network does not hold (dashed) and colours each path;
 * `focus` (an index or -1) fades everything but that path.
 */
export function showPaths(cy, paths, focus, layout) {
  cy.batch(() => {
    cy.elements('.extra').remove();
    cy.elements().removeClass('on-path faded');
    let added = false;
    paths.forEach((path, i) => {
      for (const actor of path.actors) {
        if (cy.getElementById(actor.id).empty()) {
          cy.add(nodeElement({ id: actor.id, label: actor.name, kind: actor.kind, country: actor.country, depth: 50, degree: 1 }, 'extra'));
          added = true;
        }
      }
      path.steps.forEach((step) => {
        const id = edgeId(step.from.id, step.to.id);
        let edge = cy.getElementById(id);
        if (edge.empty()) {
          const weight = step.collaboration?.weight ?? 1;
          edge = cy.add({
            group: 'edges',
            data: { id, source: step.from.id, target: step.to.id, weight, width: 2 },
            classes: `extra ${step.relation === 'MEMBERSHIP' ? 'membership' : step.relation === 'SHARED_DOMAIN' ? 'shared-domain' : ''}`,
          });
        }
        if (!edge.hasClass('on-path')) edge.data('pathColour', PATH_COLOURS[i % PATH_COLOURS.length]);
        edge.addClass('on-path');
        edge.connectedNodes().addClass('on-path');
      });
    });
    if (added) runLayout(cy, layout);
    if (focus >= 0 && paths[focus]) {
      const keep = new Set();
      for (const a of paths[focus].actors) keep.add(a.id);
      for (const s of paths[focus].steps) keep.add(edgeId(s.from.id, s.to.id));
      cy.elements().forEach((el) => { if (!keep.has(el.id())) el.addClass('faded'); });
      for (const s of paths[focus].steps) cy.getElementById(edgeId(s.from.id, s.to.id)).data('pathColour', PATH_COLOURS[focus % PATH_COLOURS.length]);
    }
  });
}

export function clearPaths(cy, layout) {
  const hadExtra = cy.elements('.extra').nonempty();
  cy.batch(() => {
    cy.elements('.extra').remove();
    cy.elements().removeClass('on-path faded');
  });
  if (hadExtra) runLayout(cy, layout);
}
