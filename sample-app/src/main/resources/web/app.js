'use strict';

// The status-code query. Every datum comes from the server's JSON API, which serves the code that statusgen
// generated; data goes into the page as text (textContent), never as HTML.

const table = { classes: [], statuses: [] };
let searches = 0;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  return { ok: response.ok, body: await response.json() };
}

function isDeprecated(status) {
  return status.tags.includes('deprecated');
}

function codeLink(status) {
  const link = el('a', 'code', String(status.code));
  link.href = '#' + status.code;
  return link;
}

function badges(status) {
  const tags = status.standard || status.tags.includes('non-standard')
    ? status.tags : status.tags.concat('non-standard');
  const list = el('span', 'badges');
  for (const tag of tags) {
    const badge = el('span', 'badge', tag);
    badge.dataset.tag = tag;
    list.append(badge);
  }
  return list;
}

function card(status) {
  const article = el('article', 'card');
  article.dataset.class = status.class.id;
  article.classList.toggle('deprecated', isDeprecated(status));
  const title = el('h2');
  title.append(codeLink(status), ' ', el('span', 'name', status.name));
  article.append(title, el('p', 'meta', status.class.name + ' (' + status.class.range + ')'));
  const tags = badges(status);
  if (tags.childElementCount > 0) article.append(tags);
  article.append(el('p', 'description', status.description));
  return article;
}

function message(text, className) {
  return el('p', 'message' + (className ? ' ' + className : ''), text);
}

// A number shows the codes that start with it; a number of 3 digits or more that the table lacks is asked of the
// API, which answers with a non-standard status of its class or with an error. Other text shows the codes whose
// name contains it.
async function search(input) {
  const current = ++searches;
  const query = input.trim();
  const results = document.getElementById('results');
  if (!query) {
    results.replaceChildren();
    return;
  }
  let found;
  if (/^[0-9]+$/.test(query)) {
    found = table.statuses.filter((s) => String(s.code).startsWith(query));
    if (found.length === 0 && query.length >= 3) {
      const { ok, body } = await getJson('/api/status/' + encodeURIComponent(query));
      if (current === searches) results.replaceChildren(ok ? card(body) : message(body.error, 'error'));
      return;
    }
  } else {
    const lower = query.toLowerCase();
    found = table.statuses.filter((s) => s.name.toLowerCase().includes(lower));
  }
  results.replaceChildren(...(found.length > 0
    ? found.map(card) : [message('No status code matches \u201c' + query + '\u201d.')]));
}

function row(status) {
  const tr = el('tr');
  tr.id = String(status.code);
  tr.classList.toggle('deprecated', isDeprecated(status));
  const code = el('td', 'code-cell');
  code.append(codeLink(status));
  const name = el('td', 'name-cell');
  name.append(el('span', 'name', status.name), ' ', badges(status));
  tr.append(code, name, el('td', 'description', status.description));
  return tr;
}

function renderTable() {
  const nav = document.getElementById('classes');
  const sections = table.classes.map((statusClass) => {
    const link = el('a', null, statusClass.name);
    link.href = '#' + statusClass.id;
    nav.append(link);
    const section = el('section', 'status-class');
    section.id = statusClass.id;
    section.dataset.class = statusClass.id;
    const heading = el('h2');
    heading.append(el('span', 'range', statusClass.range), ' ', statusClass.name);
    const codes = el('table');
    const head = el('tr');
    head.append(el('th', null, 'Code'), el('th', null, 'Name'), el('th', null, 'Description'));
    codes.append(el('thead'), el('tbody'));
    codes.tHead.append(head);
    for (const status of table.statuses.filter((s) => s.class.id === statusClass.id)) {
      codes.tBodies[0].append(row(status));
    }
    section.append(heading, el('p', 'muted', statusClass.description), codes);
    return section;
  });
  document.getElementById('table').replaceChildren(...sections);
}

// Highlights the code or class of the address's fragment (#404); a 3-digit code the table lacks goes to the search.
function showFragment() {
  const id = location.hash.slice(1);
  document.querySelectorAll('.target').forEach((node) => node.classList.remove('target'));
  const target = id && document.getElementById(id);
  if (target) {
    target.classList.add('target');
    target.scrollIntoView({ block: 'center' });
  } else if (/^[0-9]{3}$/.test(id)) {
    const box = document.getElementById('search');
    box.value = id;
    search(id);
  }
}

async function start() {
  const box = document.getElementById('search');
  try {
    const [classes, statuses] = await Promise.all([getJson('/api/classes'), getJson('/api/statuses')]);
    table.classes = classes.body;
    table.statuses = statuses.body;
  } catch (e) {
    document.getElementById('summary').textContent = 'Could not load the status table: ' + e.message;
    return;
  }
  document.getElementById('summary').textContent = table.statuses.length + ' codes in ' + table.classes.length
    + ' classes. Type a code or part of its name; a code the table lacks, such as 299, shows what it means too.';
  renderTable();
  box.addEventListener('input', () => search(box.value));
  window.addEventListener('hashchange', showFragment);
  if (box.value) search(box.value);
  showFragment();
  document.body.dataset.ready = 'true';
}

start();
