import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import type { PersonName, Prepared } from './names.js';
import {
  ABBREVIATION,
  ABBREVIATION_ALL,
  abbreviates,
  bracketedAbbreviations,
  SpellingIndex,
  earlierTwins,
  isSpellingVariant,
  letterKey,
  organisationSpelling,
  personName,
  prepare,
  samePerson,
} from './names.js';
import { proseValues } from './prose.js';
import { isRecord, select, str } from './select.js';
import type { DocumentContext, ProjectContext, Rule, RuleDocument } from './types.js';
import { visits } from './visits.js';

/**
 * One person or organisation written two ways: a reader cannot tell whether it is one or two,
 * and search, diff and render treat them as two. Three kinds of slip are found:
 * - people (ambassadors, contacts) with the same initials and surname once the Dutch particles
 *   are left out, and no role, municipality or organisation that tells them apart;
 * - an organisation whose label differs from its register name (or an earlier label) by spaces,
 *   punctuation or a small misspelling, and register entries that look alike;
 * - an abbreviation written with the letters of another in a different order ("SCG" / "CSG").
 * The people check also runs across the documents of a run.
 */
export const nameVariant: Rule = {
  meta: {
    id: 'names/variant',
    description: {
      en: 'The same person or organisation is written one way: people with the same initials and surname (particles such as "van" aside), organisation labels against the register, and abbreviations with the same letters in another order ("CSG" / "SCG"); people also across the documents of a run.',
      nl: 'Dezelfde persoon of organisatie wordt op één manier geschreven: mensen met dezelfde voorletters en achternaam (tussenvoegsels zoals "van" daargelaten), organisatienamen tegen het register, en afkortingen met dezelfde letters in een andere volgorde ("CSG" / "SCG"); mensen ook over de documenten van één controle heen.',
    },
    severity: 'warning',
    messages: {
      person: {
        en: 'the same person is written "{name}" here and "{other}" elsewhere',
        nl: 'dezelfde persoon staat hier als "{name}" en elders als "{other}"',
      },
      organisation: {
        en: 'the same organisation is written "{name}" here and "{other}" elsewhere',
        nl: 'dezelfde organisatie staat hier als "{name}" en elders als "{other}"',
      },
      registerEntry: {
        en: 'entries "{id}" and "{otherId}" look like one organisation: "{name}" and "{other}"',
        nl: 'onderdelen "{id}" en "{otherId}" lijken dezelfde organisatie: "{name}" en "{other}"',
      },
      abbreviation: {
        en: 'abbreviation "{name}" has the letters of "{other}" in another order; elsewhere the document writes "{other}"',
        nl: 'afkorting "{name}" heeft de letters van "{other}" in een andere volgorde; elders schrijft het document "{other}"',
      },
      writtenHere: { en: 'written "{other}" here', nl: 'hier geschreven als "{other}"' },
      fixPerson: {
        en: 'Write the name the same way everywhere: the same initials, full stops and particles ("van", "de").',
        nl: 'Schrijf de naam overal hetzelfde: dezelfde voorletters, punten en tussenvoegsels ("van", "de").',
      },
      fixOrganisation: {
        en: 'Use one spelling of the organisation, e.g. its name in the register.',
        nl: 'Gebruik één schrijfwijze van de organisatie, bijvoorbeeld de naam in het register.',
      },
      fixRegister: {
        en: 'Merge the two entries if they are one organisation, or make their names tell them apart.',
        nl: 'Voeg de twee samen als het één organisatie is, of maak het verschil in de namen duidelijk.',
      },
      fixAbbreviation: {
        en: 'If "{name}" is a typo, write "{other}".',
        nl: 'Is "{name}" een tikfout, schrijf dan "{other}".',
      },
    },
  },
  check(context) {
    checkPeople(context);
    checkOrganisations(context);
    checkAbbreviations(context);
  },
  collect(document) {
    return peopleOf(document);
  },
  checkProject(context) {
    checkPeopleAcross(context);
  },
};

// ---------------------------------------------------------------------------------------------
// People

interface Person {
  readonly name: PersonName;
  readonly path: string;
  readonly context: Readonly<Record<string, string>>;
  readonly file: string;
}

/** Fields that tell two people with the same name apart. */
const PERSON_CONTEXT = ['role', 'municipality', 'organisation'] as const;

function peopleOf(document: RuleDocument): Person[] {
  const people: Person[] = [];
  for (const visit of visits(document.data)) {
    const { value, key } = visit;
    const isPerson = key === 'contact' || (typeof key === 'number' && visit.depth >= 2 && visit.parent?.key === 'ambassadors');
    if (!isPerson || !isRecord(value)) continue;
    const name = personName(str(value.name) ?? '');
    if (!name) continue;
    const context: Record<string, string> = {};
    for (const field of PERSON_CONTEXT) {
      const v = str(value[field]);
      if (v) context[field] = v.trim().toLowerCase();
    }
    people.push({ name, path: toPointer([...visit.path, 'name']), context, file: document.file });
  }
  return people;
}

function compatible(a: Person, b: Person): boolean {
  if (!samePerson(a.name, b.name)) return false;
  return PERSON_CONTEXT.every((f) => a.context[f] === undefined || b.context[f] === undefined || a.context[f] === b.context[f]);
}

/** How many clusters of one name a person is compared with. */
const MAX_CLUSTERS = 64;

/**
 * People who are one person, in clusters; each cluster in document order. Bucketed by key
 * first, so that a run of thousands of documents stays fast.
 */
function clusters(people: readonly Person[]): Person[][] {
  const byKey = new Map<string, Person[][]>();
  for (const person of people) {
    const candidates = byKey.get(person.name.key) ?? [];
    // Many people of one name told apart by role or municipality: only the first clusters are searched.
    const cluster = candidates.slice(0, MAX_CLUSTERS).find((c) => compatible(c[0]!, person));
    if (cluster) cluster.push(person);
    else candidates.push([person]);
    byKey.set(person.name.key, candidates);
  }
  return [...byKey.values()].flat();
}

/**
 * The spelling to hold the others against: the most used, then the fuller one ("A. de Jonge"
 * over "A de Jonge", "H. van Zeijts" over "H. Zeijts"), then the first.
 */
function preferred(cluster: readonly Person[]): string {
  const counts = new Map<string, number>();
  for (const p of cluster) counts.set(p.name.written, (counts.get(p.name.written) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function checkPeople(context: DocumentContext): void {
  for (const cluster of clusters(peopleOf(context))) {
    const spellings = new Set(cluster.map((p) => p.name.written));
    if (spellings.size < 2) continue;
    const main = preferred(cluster);
    const at = cluster.find((p) => p.name.written === main)!;
    for (const person of cluster) {
      if (person.name.written === main) continue;
      context.report({
        path: person.path,
        messageId: 'person',
        data: { name: person.name.written, other: main },
        hintId: 'fixPerson',
        related: [{ path: at.path, messageId: 'writtenHere', data: { other: main } }],
      });
    }
  }
}

/**
 * Across documents: a document that writes a person one way, consistently, while other
 * documents of the run write them another way. A document with two spellings of its own is
 * reported by `check` already.
 */
function checkPeopleAcross(context: ProjectContext): void {
  const everyone = context.documents.flatMap((d) => (d.facts as readonly Person[] | undefined) ?? []);
  for (const cluster of clusters(everyone)) {
    // The people of the cluster by file, in the order the cluster names them: a name in every
    // one of 25,000 documents would make a filter per file 625 million steps.
    const byFile = new Map<string, Person[]>();
    for (const person of cluster) {
      const list = byFile.get(person.file);
      if (list) list.push(person);
      else byFile.set(person.file, [person]);
    }
    if (byFile.size < 2) continue;
    const main = preferred(cluster);
    const at = cluster.find((p) => p.name.written === main)!;
    for (const [file, here] of byFile) {
      const spellings = new Set(here.map((p) => p.name.written));
      if (spellings.size !== 1 || spellings.has(main)) continue;
      for (const person of here) {
        context.report(file, {
          path: person.path,
          messageId: 'person',
          data: { name: person.name.written, other: main },
          hintId: 'fixPerson',
          related: [{ path: at.path, file: at.file, messageId: 'writtenHere', data: { other: main } }],
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Organisations

/** Root lists whose entries are organisations with an id and a name. */
const REGISTERS = ['partners', 'parties', 'organisations', 'contractingAuthorities'];

interface Spelling {
  readonly spelling: string;
  readonly prepared: Prepared;
  readonly written: string;
  readonly path: string;
}

function spellingAt(written: string, path: string): Spelling {
  const spelling = organisationSpelling(written);
  return { spelling, prepared: prepare(spelling), written, path };
}

function checkOrganisations(context: DocumentContext): void {
  const byId = new Map<string, Spelling[]>();
  const register: { id: string; entry: Spelling }[] = [];
  for (const list of REGISTERS) {
    for (const { value, path } of select(context.data, `${list}/*`)) {
      if (!isRecord(value)) continue;
      const id = str(value.id);
      const name = str(value.name);
      if (!id || !name) continue;
      const entry = spellingAt(name, toPointer([...path, 'name']));
      register.push({ id, entry });
      if (!byId.has(id)) byId.set(id, [entry]);
    }
  }
  // Register entries that look like one organisation under two ids, each against those before it
  // that the index gives as candidates (not against all of them: registers hold thousands).
  const twins = earlierTwins(
    register,
    (e) => e.entry.prepared,
    (other, { id, entry }) => other.id !== id && (other.entry.prepared.lower === entry.prepared.lower || isSpellingVariant(other.entry.prepared, entry.prepared)),
  );
  register.forEach(({ id, entry }, i) => {
    const twin = twins[i];
    if (!twin) return;
    context.report({
      path: entry.path,
      messageId: 'registerEntry',
      data: { id, otherId: twin.id, name: entry.written, other: twin.entry.written },
      hintId: 'fixRegister',
      related: [{ path: twin.entry.path, messageId: 'writtenHere', data: { other: twin.entry.written } }],
    });
  });
  // Labels that name a register entry: each new spelling against the register name and the labels before it.
  const indexes = new Map<string, SpellingIndex<Spelling>>();
  const written = new Map<string, Set<string>>();
  const indexOf = (id: string, known: readonly Spelling[]) => {
    let index = indexes.get(id);
    if (!index) {
      index = new SpellingIndex<Spelling>((s) => s.prepared);
      for (const spelling of known) index.add(spelling);
      indexes.set(id, index);
    }
    return index;
  };
  for (const { id, label, path } of labels(context.data)) {
    const known = byId.get(id);
    const spelling = spellingAt(label, toPointer(path));
    if (!known) {
      byId.set(id, [spelling]);
      continue;
    }
    // A few spellings of one id are compared directly; many go through an index.
    const earlier = known.length <= 8 ? known.find((k) => isSpellingVariant(k.prepared, spelling.prepared)) : indexOf(id, known).find(spelling.prepared, (k) => isSpellingVariant(k.prepared, spelling.prepared));
    if (earlier) {
      context.report({
        path: spelling.path,
        span: firstDifference(spelling.written, earlier.prepared.words),
        messageId: 'organisation',
        data: { name: spelling.spelling, other: earlier.spelling },
        hintId: 'fixOrganisation',
        related: [{ path: earlier.path, messageId: 'writtenHere', data: { other: earlier.written } }],
      });
    }
    const spellings = written.get(id) ?? new Set(known.map((k) => k.spelling));
    written.set(id, spellings);
    if (!earlier && !spellings.has(spelling.spelling)) {
      known.push(spelling);
      spellings.add(spelling.spelling);
      indexes.get(id)?.add(spelling);
    }
  }
}

/** The first word of a label that the other spelling does not have in its place, for the caret. */
function firstDifference(written: string, other: readonly string[]): { start: number; end: number } | undefined {
  let i = 0;
  for (const match of written.matchAll(/\S+/g)) {
    if (match[0].toLowerCase() !== other[i++]) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** Places that name one register entry in their own words: `{partner: id, label}` or `{partner: id, name}`. */
function* labels(data: unknown): Generator<{ id: string; label: string; path: readonly PathSegment[] }> {
  for (const visit of visits(data)) {
    const value = visit.value;
    if (!isRecord(value)) continue;
    const id = str(value.partner);
    const key = str(value.label) ? 'label' : str(value.name) ? 'name' : undefined;
    if (id && key) yield { id, label: value[key] as string, path: [...visit.path, key] };
  }
}

// ---------------------------------------------------------------------------------------------
// Abbreviations

interface Occurrence {
  readonly path: string;
  /** Where the abbreviation stands in the text, for the caret. */
  readonly span: { readonly start: number; readonly end: number };
}

function checkAbbreviations(context: DocumentContext): void {
  const seen = new Map<string, Occurrence[]>();
  const proper = new Set<string>();
  const declaredAt = new Map<string, string>();
  for (const prose of proseValues(context.data)) {
    const text = prose.text;
    if (!ABBREVIATION.test(text) || shouting(text)) continue;
    const pointer = toPointer(prose.path);
    for (const match of text.matchAll(ABBREVIATION_ALL)) {
      const occurrence = { path: pointer, span: { start: match.index, end: match.index + match[0].length } };
      const list = seen.get(match[0]);
      if (list) list.push(occurrence);
      else seen.set(match[0], [occurrence]);
    }
    for (const { abbreviation, words } of bracketedAbbreviations(text)) {
      if (abbreviates(abbreviation, words)) proper.add(abbreviation);
    }
  }
  // An `abbreviation` field beside a `name` declares it; it stands for the name if its letters fit.
  for (const visit of visits(context.data)) {
    const value = visit.value;
    if (!isRecord(value)) continue;
    const abbreviation = str(value.abbreviation)?.trim();
    const name = str(value.name);
    if (!abbreviation || !name) continue;
    if (!declaredAt.has(abbreviation)) declaredAt.set(abbreviation, toPointer([...visit.path, 'abbreviation']));
    if (abbreviates(abbreviation, name.split(/[\s/-]+/).filter(Boolean))) proper.add(abbreviation);
  }

  const groups = new Map<string, string[]>();
  for (const spelling of seen.keys()) {
    const key = letterKey(spelling);
    groups.set(key, [...(groups.get(key) ?? []), spelling]);
  }
  for (const spellings of groups.values()) {
    if (spellings.length < 2) continue;
    const count = (s: string) => seen.get(s)?.length ?? 0;
    const byUse = [...spellings].sort((a, b) => count(b) - count(a));
    const legitimate = byUse.filter((s) => proper.has(s));
    let main: string | undefined = legitimate[0];
    if (main === undefined && count(byUse[0]!) > count(byUse[1]!)) main = byUse[0];
    if (main === undefined) continue;
    const mainAt = declaredAt.get(main) ?? seen.get(main)![0]!.path;
    for (const spelling of spellings) {
      if (spelling === main || proper.has(spelling)) continue;
      for (const occurrence of seen.get(spelling) ?? []) {
        context.report({
          path: occurrence.path,
          span: occurrence.span,
          messageId: 'abbreviation',
          data: { name: spelling, other: main },
          hintId: 'fixAbbreviation',
          related: [{ path: mainAt, messageId: 'writtenHere', data: { other: main } }],
        });
      }
    }
  }
}

/** A heading in capitals ("LTA EXPERTISE EN BEHANDELCENTRUM …") is not a place to look for abbreviations. */
function shouting(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
    else if (!(code >= 97 && code <= 122)) continue;
    letters++;
  }
  return letters >= 12 && capitals / letters > 0.6;
}
