// Corpora for the benchmark suite, made from the bundled documents in agendas/ (one of each
// kind): N documents with other ids, varied texts and fewer or more items, a share of them
// invalid the way real documents go wrong; and two versions of an execution agenda with
// 10,000 actions for the diff. Written to a temporary folder, never committed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const AGENDAS = new URL('../agendas/', import.meta.url);

/** The bundled documents with their modeline, one per kind, in a fixed order. */
export function seeds() {
  return readdirSync(AGENDAS)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, AGENDAS), 'utf8');
      const modeline = text.split('\n', 1)[0];
      return { file, modeline, data: parse(text) };
    });
}

/** A small deterministic generator, so that every run of the suite checks the same corpus. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Lists of items whose length may vary without breaking a reference elsewhere in the document. */
const TRIMMABLE = new Set(['projects', 'principles', 'actionLines', 'themes', 'regionalActions', 'localActions', 'generalAgreements', 'items', 'domains', 'paragraphs', 'approach', 'results']);

/**
 * Keeps one to three items of each trimmable list, in order, and only the register entries
 * (partners, organisations) that the rest of the document names: the documents are of the
 * seeds' kinds and shape but small (a few KB), as most documents of a repository are.
 */
function vary(value, next, key) {
  if (Array.isArray(value)) {
    let items = value;
    if (TRIMMABLE.has(key) && value.length > 1) items = value.slice(0, Math.min(value.length, 1 + Math.floor(next() * 3)));
    return items.map((item) => vary(item, next, key));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v, next, k)]));
  }
  // Other words in some of the longer texts, as one version of a document differs from another.
  if (typeof value === 'string' && value.length > 80 && next() < 0.15) {
    return value.replace(/\b(de|het) (gemeente|regio|aanpak)\b/, (_, article, noun) => `${article} ${noun} ${next() < 0.5 ? 'zelf' : 'als geheel'}`);
  }
  return value;
}

const REGISTERS = ['partners', 'organisations'];

function strings(value, into = new Set()) {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, into);
  return into;
}

/** Drops the register entries that nothing in the (trimmed) document refers to any more. */
function pruneRegisters(data) {
  const rest = strings(Object.fromEntries(Object.entries(data).filter(([k]) => !REGISTERS.includes(k))));
  for (const key of REGISTERS) {
    if (!Array.isArray(data[key])) continue;
    const kept = data[key].filter((entry) => rest.has(entry?.id));
    data[key] = kept.length > 0 ? kept : data[key].slice(0, 1);
  }
  return data;
}

function withoutPartners(data) {
  delete data.partners;
  delete data.appendices;
  const strip = (value) => {
    if (Array.isArray(value)) value.forEach(strip);
    else if (value && typeof value === 'object') {
      delete value.corePartners;
      Object.values(value).forEach(strip);
    }
  };
  strip(data);
}

/** The first place in the data where `test(value, key)` holds, as a parent and key. */
function findSlot(data, test) {
  const stack = [[data, undefined, undefined]];
  while (stack.length > 0) {
    const [value, parent, key] = stack.shift();
    if (parent !== undefined && test(value, key, parent)) return { parent, key };
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push([v, value, Array.isArray(value) ? Number(k) : k]);
  }
  return undefined;
}

/**
 * The ways a document goes wrong in practice, each a function of its data (or, for a syntax
 * error, of its text). Every one makes `agendum check` report at least one error.
 */
const MISTAKES = [
  // A required field left out.
  { name: 'missing title', data: (d) => void delete d.title },
  // A misspelt kind.
  { name: 'misspelt kind', data: (d) => void (d.kind = `${d.kind.slice(0, -2)}${d.kind.slice(-1)}`) },
  // A field name in Dutch where the schema has English.
  { name: 'unknown property', data: (d) => void (d.titel = d.title) },
  // A period nobody can place in time.
  {
    name: 'unreadable period',
    data: (d) => {
      const slot = findSlot(d, (v, k) => (k === 'period' || k === 'deadline') && typeof v === 'string');
      if (slot) slot.parent[slot.key] = 'ergens na de zomer';
      else d.period = 'ergens na de zomer';
    },
  },
  // Two items with one id (a copied block whose id was not changed).
  {
    name: 'duplicate id',
    data: (d) => {
      const slot = findSlot(d, (v) => Array.isArray(v) && v.length >= 2 && v.every((x) => x && typeof x.id === 'string'));
      if (slot) slot.parent[slot.key][1].id = slot.parent[slot.key][0].id;
      else d.id = 'Geen Geldige Id';
    },
  },
  // An amount typed as text.
  {
    name: 'amount as text',
    data: (d) => {
      const slot = findSlot(d, (v, k) => k === 'amount' && v && typeof v === 'object');
      if (slot) slot.parent[slot.key] = '€ 45.000';
      else d.schemaVersion = 'een';
    },
  },
  // A quote left open: not YAML any more.
  { name: 'YAML syntax error', text: (t) => t.replace(/^(title: )(.*)$/m, '$1"$2') },
];

/**
 * Writes `count` documents into `dir`: the kinds in turn, every `invalidEvery`-th one with one
 * of the mistakes. Returns the files, which of them are invalid, and which are not YAML.
 */
export function writeCorpus(dir, count, { invalidEvery = 10, seed = 1 } = {}) {
  const kinds = seeds();
  const next = random(seed);
  const files = [];
  const invalid = [];
  const unparsable = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = kinds[i % kinds.length];
    const data = pruneRegisters(vary(base.data, next));
    // Most execution agendas have no partner register of their own (and so name no core partners).
    if (Array.isArray(data.partners) && next() < 0.75) withoutPartners(data);
    data.id = `${base.data.id}-${i}`;
    data.title = `${base.data.title} (${i})`;
    const mistake = i % invalidEvery === invalidEvery - 1 ? MISTAKES[Math.floor(i / invalidEvery) % MISTAKES.length] : undefined;
    if (mistake?.data) mistake.data(data);
    let text = `${base.modeline}\n${stringify(data, { lineWidth: 100 })}`;
    if (mistake?.text) text = mistake.text(text);
    const file = path.join(dir, `${String(i).padStart(5, '0')}-${base.file}`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
    if (mistake) invalid.push(file);
    if (mistake?.text) unparsable.push(file);
  }
  return { files, invalid, unparsable, bytes };
}

/**
 * An execution agenda with `themes` × `actionsPerTheme` actions. The variant has 20 actions
 * removed, about 100 reworded, 10 periods shortened, 10 budgets cut and 50 actions moved to
 * another theme.
 */
export function bigAgenda(variant, { themes: themeCount = 100, actionsPerTheme = 100 } = {}) {
  const themes = [];
  for (let t = 0; t < themeCount; t++) {
    const actions = [];
    for (let a = 0; a < actionsPerTheme; a++) {
      const n = t * actionsPerTheme + a;
      if (variant && n % 500 === 7) continue;
      actions.push({
        id: `actie-${n}`,
        text: `Zorg voor ${variant && n % 97 === 0 ? 'betere' : 'goede'} samenwerking rond onderwerp ${n}.`,
        period: variant && n % 1000 === 3 ? '2020 t/m 2022' : '2020 t/m 2023',
      });
    }
    themes.push({
      id: `thema-${t}`,
      title: `Thema ${t}`,
      regionalActions: actions,
      funding: [{ source: 'DUVO', amount: { value: variant && t % 10 === 0 ? 40000 : 45000, currency: 'EUR' } }],
    });
  }
  if (variant) {
    for (let m = 0; m < 50; m++) {
      const from = themes[m].regionalActions;
      themes[(m + 50) % themeCount].regionalActions.push(from.splice(10, 1)[0]);
    }
  }
  return {
    schemaVersion: 3,
    kind: 'ExecutionAgenda',
    id: 'bench',
    title: 'Benchmark',
    period: '2020 t/m 2023',
    actionLines: [{ id: 'lijn', title: 'Actielijn 1', themes }],
  };
}

/** Writes the two versions of the big agenda; returns their paths. */
export function writeBigAgendas(dir) {
  const oldFile = path.join(dir, 'old.agenda.yaml');
  const newFile = path.join(dir, 'new.agenda.yaml');
  const modeline = '# yaml-language-server: $schema=../schemas/execution-agenda.schema.json\n';
  writeFileSync(oldFile, modeline + stringify(bigAgenda(false)));
  writeFileSync(newFile, modeline + stringify(bigAgenda(true)));
  return { oldFile, newFile };
}
