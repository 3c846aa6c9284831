'use strict';

// The status-code query. Every datum comes from the server's JSON API, which serves the code that statusgen
// generated; data goes into the page as text (textContent), never as HTML.

const table = { classes: [], statuses: [], tags: [], descriptions: new Map() };
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

function codeLink(code) {
  const link = el('a', 'code', String(code));
  link.href = '#' + code;
  return link;
}

// A tag's badge; its title (a tooltip) says what the tag means.
function badge(tag) {
  const node = el('span', 'badge', tag);
  node.dataset.tag = tag;
  const description = table.descriptions.get(tag);
  if (description) node.title = description;
  return node;
}

function badges(status) {
  const tags = status.standard || status.tags.includes('non-standard')
    ? status.tags : status.tags.concat('non-standard');
  const list = el('span', 'badges');
  list.append(...tags.map(badge));
  return list;
}

function isHttps(url) {
  try {
    return new URL(url).protocol === 'https:';
  } catch (e) {
    return false;
  }
}

// A code's references: a link for each https URL, which opens apart from the page and learns nothing of it; plain
// text for the rest.
function references(status, element) {
  const node = el(element, 'references', 'Defined in ');
  status.references.forEach((reference, i) => {
    if (i > 0) node.append(', ');
    if (reference.url && isHttps(reference.url)) {
      const link = el('a', null, reference.label);
      link.href = reference.url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      node.append(link);
    } else {
      node.append(el('span', null, reference.label));
    }
  });
  return node;
}

function aliases(status, element) {
  return el(element, 'aliases', 'Also known as ' + status.aliases.join(', '));
}

function card(status) {
  const article = el('article', 'card');
  article.dataset.class = status.class.id;
  article.classList.toggle('deprecated', isDeprecated(status));
  const title = el('h2');
  title.append(codeLink(status.code), ' ', el('span', 'name', status.name));
  article.append(title);
  if (status.aliases.length > 0) article.append(aliases(status, 'p'));
  article.append(el('p', 'meta', status.class.name + ' (' + status.class.range + ')'));
  const tags = badges(status);
  if (tags.childElementCount > 0) article.append(tags);
  article.append(el('p', 'description', status.description));
  if (status.references.length > 0) article.append(references(status, 'p'));
  return article;
}

function message(text, className) {
  return el('p', 'message' + (className ? ' ' + className : ''), text);
}

// A number shows the codes that start with it; a number of 3 digits or more that the table lacks is asked of the
// API, which answers with a non-standard status of its class or with an error. Other text shows the codes whose
// name or one of its aliases contains it.
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
    found = table.statuses.filter((s) => [s.name, ...s.aliases].some((name) => name.toLowerCase().includes(lower)));
  }
  results.replaceChildren(...(found.length > 0
    ? found.map(card) : [message('No status code matches \u201c' + query + '\u201d.')]));
}

function row(status) {
  const tr = el('tr');
  tr.id = String(status.code);
  tr.classList.toggle('deprecated', isDeprecated(status));
  const code = el('td', 'code-cell');
  code.append(codeLink(status.code));
  const name = el('td', 'name-cell');
  name.append(el('span', 'name', status.name), ' ', badges(status));
  if (status.aliases.length > 0) name.append(aliases(status, 'div'));
  const description = el('td', 'description', status.description);
  if (status.references.length > 0) description.append(references(status, 'div'));
  tr.append(code, name, description);
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

// What each tag means and which codes carry it, for readers without a pointer to hover over a badge.
function renderTags() {
  const rows = table.tags.map((tag) => {
    const tr = el('tr');
    tr.dataset.tag = tag.id;
    const name = el('td');
    name.append(badge(tag.id));
    const codes = el('td', 'codes');
    tag.codes.forEach((code, i) => {
      if (i > 0) codes.append(', ');
      codes.append(codeLink(code));
    });
    tr.append(name, el('td', 'description', tag.description), codes);
    return tr;
  });
  document.getElementById('tag-rows').replaceChildren(...rows);
  document.getElementById('tags').hidden = rows.length === 0;
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
    const [classes, statuses, tags] = await Promise.all(
      [getJson('/api/classes'), getJson('/api/statuses'), getJson('/api/tags')]);
    table.classes = classes.body;
    table.statuses = statuses.body;
    table.tags = tags.body;
    table.descriptions = new Map(tags.body.map((tag) => [tag.id, tag.description]));
  } catch (e) {
    document.getElementById('summary').textContent = 'Could not load the status table: ' + e.message;
    return;
  }
  document.getElementById('summary').textContent = table.statuses.length + ' codes in ' + table.classes.length
    + ' classes. Type a code or part of a name; a code the table lacks, such as 299, shows what it means too.';
  renderTable();
  renderTags();
  box.addEventListener('input', () => search(box.value));
  window.addEventListener('hashchange', showFragment);
  if (box.value) search(box.value);
  showFragment();
  document.body.dataset.ready = 'true';
}

start();
