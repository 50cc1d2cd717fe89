// The collaboration heat map of `regionMatrix`: a table (readable by screen readers, one cell per pair
// of groups), and the same drawn on a canvas for the PNG export.
export const MAX_GROUPS = 40;

const countryNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

export function groupLabel(group, groupBy, regions) {
  if (groupBy === 'COUNTRY') {
    try {
      return countryNames?.of(group) ?? group;
    } catch {
      return group;
    }
  }
  const region = regions.get(group);
  return region ? `${region.name} (${region.code})` : group;
}

/** Groups by total collaborations (largest first, the first MAX_GROUPS) and the value of each pair. */
export function buildMatrix(links) {
  const totals = new Map();
  const values = new Map();
  for (const l of links) {
    totals.set(l.from, (totals.get(l.from) ?? 0) + l.collaborations);
    if (l.to !== l.from) totals.set(l.to, (totals.get(l.to) ?? 0) + l.collaborations);
    values.set(`${l.from}\n${l.to}`, l);
    values.set(`${l.to}\n${l.from}`, l);
  }
  const all = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || (a < b ? -1 : 1));
  const groups = all.slice(0, MAX_GROUPS);
  const max = Math.max(1, ...links.filter((l) => groups.includes(l.from) && groups.includes(l.to)).map((l) => l.collaborations));
  return { groups, total: all.length, max, at: (a, b) => values.get(`${a}\n${b}`) };
}

// WCAG relative luminance of an sRGB colour.
function luminance(rgb) {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Black on the pale cells, white on the deep ones: whichever contrasts more, at least 4.58:1 on any background.
const DARK_TEXT = luminance([0, 0, 0]);

/** A cell's background (pale to deep blue by log of the value) and whether white text reads better on it than dark. */
export function colourOf(value, max) {
  const t = Math.log1p(value) / Math.log1p(max);
  const from = [239, 246, 255];
  const to = [8, 48, 107];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * t));
  const background = luminance(c);
  const onWhite = 1.05 / (background + 0.05);
  const onDark = (background + 0.05) / (DARK_TEXT + 0.05);
  return { background: `rgb(${c.join(',')})`, dark: onWhite > onDark };
}

export function renderTable(container, matrix, label, onChoose) {
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = 'Collaborations (shared projects summed over tied actor pairs) between groups';
  table.append(caption);
  const head = document.createElement('tr');
  head.append(document.createElement('td'));
  for (const g of matrix.groups) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = 'col';
    th.title = label(g);
    const span = document.createElement('span');
    span.textContent = label(g);
    th.append(span);
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  for (const row of matrix.groups) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = label(row);
    tr.append(th);
    for (const col of matrix.groups) {
      const td = document.createElement('td');
      const link = matrix.at(row, col);
      if (link) {
        const { background, dark } = colourOf(link.collaborations, matrix.max);
        td.className = dark ? 'cell dark' : 'cell';
        td.style.background = background;
        td.dataset.from = row;
        td.dataset.to = col;
        td.dataset.value = String(link.collaborations);
        td.title = `${label(row)} – ${label(col)}: ${link.collaborations} collaborations, ${link.actorPairs} actor pairs`;
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = String(link.collaborations);
        button.setAttribute('aria-label', `${td.title}; show who bridges them`);
        button.addEventListener('click', () => onChoose(row, col, td));
        td.append(button);
      } else {
        td.className = 'empty';
        td.title = `${label(row)} – ${label(col)}: none`;
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  container.replaceChildren(table);
}

/** The heat map as a PNG data URL. */
export function renderPng(matrix, label, title) {
  const cell = 26;
  const margin = 190;
  const n = matrix.groups.length;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(margin + n * cell + 20, 420);
  canvas.height = margin + n * cell + 20;
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.textBaseline = 'middle';
  g.fillStyle = '#1d2330';
  g.font = 'bold 12px system-ui, sans-serif';
  g.fillText(title, 10, 16);
  g.font = '11px system-ui, sans-serif';
  matrix.groups.forEach((name, i) => {
    const text = label(name).slice(0, 28);
    g.fillStyle = '#1d2330';
    g.textAlign = 'right';
    g.fillText(text, margin - 6, margin + i * cell + cell / 2);
    g.save();
    g.translate(margin + i * cell + cell / 2, margin - 6);
    g.rotate(-Math.PI / 2);
    g.textAlign = 'left';
    g.fillText(text, 0, 0);
    g.restore();
  });
  matrix.groups.forEach((row, i) => matrix.groups.forEach((col, j) => {
    const link = matrix.at(row, col);
    const x = margin + j * cell;
    const y = margin + i * cell;
    if (link) {
      const { background, dark } = colourOf(link.collaborations, matrix.max);
      g.fillStyle = background;
      g.fillRect(x, y, cell - 1, cell - 1);
      g.fillStyle = dark ? '#ffffff' : '#000000';
      g.textAlign = 'center';
      g.font = '9px system-ui, sans-serif';
      g.fillText(link.collaborations > 9999 ? `${Math.round(link.collaborations / 1000)}k` : String(link.collaborations), x + cell / 2, y + cell / 2);
      g.font = '11px system-ui, sans-serif';
    } else {
      g.fillStyle = '#f4f5f7';
      g.fillRect(x, y, cell - 1, cell - 1);
    }
  }));
  return canvas.toDataURL('image/png');
}
