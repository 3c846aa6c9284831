'use strict';

// The live search of the table's page. The page is whole without this script: the server renders the table, and
// the search form asks the server. The script only filters the rendered table as the user types, with the rules of
// the server's search, and asks the API about a 3-digit code that the table lacks. What it writes goes into the page
// as text (textContent), never as HTML.

const box = document.getElementById('search');
const results = document.getElementById('results');
const rows = Array.from(document.querySelectorAll('#table tbody tr'));
const sections = Array.from(document.querySelectorAll('#table section'));
const tags = document.getElementById('tags');
let searches = 0;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function message(text, className) {
  return el('p', 'message' + (className ? ' ' + className : ''), text);
}

// A number finds the codes that start with it; other text the codes whose name or one of whose aliases holds it,
// whatever the case.
function matches(row, query) {
  if (/^[0-9]+$/.test(query)) return row.id.startsWith(query);
  const lower = query.toLowerCase();
  return row.dataset.names.split('\n').some((name) => name.toLowerCase().includes(lower));
}

// A code that the table lacks, as the API answers it: a link to its page, and what it means.
function unlisted(status) {
  const node = message('');
  const link = el('a', 'code', status.code + ' ' + status.name);
  link.href = String(status.code);
  node.append(link, ' (' + status.class.name + ', not in the table): ' + status.description);
  return node;
}

function noMatch(query) {
  return /^[0-9]+$/.test(query)
    ? 'No status code of the table starts with ' + query
    : 'No status code has "' + query + '" in its name or its aliases';
}

async function search() {
  const current = ++searches;
  const query = box.value.trim();
  let count = 0;
  for (const row of rows) {
    row.hidden = Boolean(query) && !matches(row, query);
    if (!row.hidden) count++;
  }
  for (const section of sections) section.hidden = !section.querySelector('tbody tr:not([hidden])');
  if (tags) tags.hidden = Boolean(query);
  if (!query) {
    results.replaceChildren();
  } else if (count > 0) {
    results.replaceChildren(message(count === 1 ? '1 code matches.' : count + ' codes match.'));
  } else if (/^[0-9]{3,}$/.test(query)) {
    const response = await fetch('api/status/' + encodeURIComponent(query), { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (current === searches) results.replaceChildren(response.ok ? unlisted(body) : message(body.error, 'error'));
  } else {
    results.replaceChildren(message(noMatch(query)));
  }
}

box.addEventListener('input', search);
// A browser that restores the box's text, going back to the page, gets its results too.
if (box.value) search();
document.body.dataset.ready = 'true';
