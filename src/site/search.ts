/**
 * The site's search: an index over every text of every document, built when the site is built
 * (MiniSearch, a small full-text engine that runs in Node and in the browser alike) and shipped
 * as a script, so it works opened from disk where a page may not fetch files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { SiteDocument } from './documents.js';

/** The options the index is built with; the browser loads it with the same ones (see SEARCH_SCRIPT). */
const FIELDS = ['title', 'text'];
const STORE = ['doc', 'title', 'text'];

/** Lower case and without accents, so "financiele" finds "financiële". */
export function searchTerm(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The index as the script `assets/zoekindex.js`: one entry per text of a document. */
export function searchIndexScript(documents: readonly SiteDocument[]): string {
  const search = new MiniSearch<{ id: number; doc: string; title: string; text: string }>({ fields: FIELDS, storeFields: STORE, processTerm: searchTerm });
  let id = 0;
  for (const document of documents) {
    search.add({ id: id++, doc: document.slug, title: document.title, text: document.title });
    for (const text of document.texts) {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (clean.length >= 3) search.add({ id: id++, doc: document.slug, title: document.title, text: clean });
    }
  }
  return `window.AGENDUM_ZOEKINDEX = ${JSON.stringify(JSON.stringify(search))};\n`;
}

/** MiniSearch's browser build, shipped beside the pages as `assets/minisearch.js`. */
export function miniSearchBrowserScript(): string {
  // The package exports only its modules; its browser build lies beside them.
  const entry = createRequire(import.meta.url).resolve('minisearch');
  return readFileSync(path.join(path.dirname(entry), '..', 'umd', 'index.js'), 'utf8');
}

/**
 * The search box's behaviour: load the index, search as the reader types (or for `?q=` when
 * the index page is opened with a query), and list the hits with the sentence that matched.
 * Hits are built as DOM nodes, never as HTML, so no text of a document can become markup.
 */
export function searchScript(words: { readonly hint: string; readonly none: string }): string {
  return `(function () {
  'use strict';
  var input = document.getElementById('zoek');
  var out = document.getElementById('zoekresultaten');
  if (!input || !out || !window.MiniSearch || !window.AGENDUM_ZOEKINDEX) return;
  var root = input.getAttribute('data-root') || '';
  var term = function (t) { return t.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
  var index = window.MiniSearch.loadJSON(window.AGENDUM_ZOEKINDEX, { fields: ${JSON.stringify(FIELDS)}, storeFields: ${JSON.stringify(STORE)}, processTerm: term });
  var HINT = ${JSON.stringify(words.hint)}, NONE = ${JSON.stringify(words.none)};
  function snippet(text, terms) {
    var plain = term(text), at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) at = plain.indexOf(term(terms[i]));
    var start = Math.max(0, at - 60), end = Math.min(text.length, (at < 0 ? 0 : at) + 140);
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }
  function show(query) {
    while (out.firstChild) out.removeChild(out.firstChild);
    if (query.trim().length === 0) return;
    if (query.trim().length < 2) { out.appendChild(document.createTextNode(HINT)); return; }
    var hits = index.search(query, { prefix: true, fuzzy: 0.15, combineWith: 'AND' }).slice(0, 25);
    if (hits.length === 0) { out.appendChild(document.createTextNode(NONE)); return; }
    var list = document.createElement('ol');
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + 'documenten/' + hit.doc + '.html';
      link.textContent = hit.title;
      item.appendChild(link);
      if (hit.text !== hit.title) {
        var p = document.createElement('p');
        p.textContent = snippet(hit.text, hit.terms);
        item.appendChild(p);
      }
      list.appendChild(item);
    });
    out.appendChild(list);
  }
  input.addEventListener('input', function () { show(input.value); });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) { input.value = query; show(query); }
})();
`;
}
