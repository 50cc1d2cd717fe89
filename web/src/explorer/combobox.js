// A type-ahead over `search`: an ARIA combobox (input + listbox), usable with the keyboard alone:
// type, ArrowDown/ArrowUp to move, Enter to choose, Escape to close.
import { gql, queries } from './api.js';

const DEBOUNCE_MS = 150;
const RESULTS = 8;

export function attachCombobox(input, list, onChoose, onError) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let lastText = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(...items.map((actor, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.id = actor.id;
      li.setAttribute('aria-selected', i === active ? 'true' : 'false');
      const name = document.createElement('span');
      name.className = 'option-name';
      name.textContent = actor.name;
      const meta = document.createElement('span');
      meta.className = 'option-meta';
      meta.textContent = `${actor.kind.toLowerCase()} · ${actor.region?.name ?? ''} · ${actor.country}`;
      li.append(name, meta);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => choose(i));
      return li;
    }));
    if (items.length === 0) {
      const li = document.createElement('li');
      li.className = 'option-empty';
      li.textContent = 'No actor matches.';
      list.replaceChildren(li);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (i) => {
    const actor = items[i];
    if (!actor) return;
    input.value = actor.name;
    lastText = actor.name;
    close();
    onChoose(actor);
  };

  const lookup = async (text) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const data = await gql(queries.search, { text, first: RESULTS }, controller.signal);
      if (input.value.trim() !== text) return;
      items = data.search;
      active = items.length > 0 ? 0 : -1;
      render();
    } catch (e) {
      if (e.name !== 'AbortError') onError(e);
    }
  };

  input.addEventListener('input', () => {
    const text = input.value.trim();
    clearTimeout(timer);
    if (text === lastText) return;
    lastText = text;
    if (text.length < 2) {
      items = [];
      close();
      return;
    }
    timer = setTimeout(() => lookup(text.slice(0, 200)), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden && items.length > 0) {
        active = 0;
        render();
      } else if (items.length > 0) {
        active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        render();
      }
      e.preventDefault();
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        choose(active);
        e.preventDefault();
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    /** Shows a chosen actor's name without searching. */
    set(name) {
      input.value = name;
      lastText = name;
      close();
    },
  };
}
