import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toPointer } from '../../src/core/pointer.js';
import { ancestorsAt } from '../../src/diff/context.js';
import { diffDocuments } from '../../src/diff/index.js';
import { indexItems } from '../../src/diff/index-items.js';
import { itemName, itemTitle } from '../../src/diff/names.js';
import { renderDocument } from '../../src/render/index.js';
import { seed } from './support.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The text a reader sees in a rendered HTML document, in one line. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(?:em|strong|a|span|sup|sub|abbr|cite|q)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/\s+/g, ' ');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/\s([.,:;])/g, '$1').trim();

const documents = ['agendas', 'examples/agendas-regio', 'examples/plannen'].flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => path.join(folder, file)),
);

describe('diff names items as the rendered document does', () => {
  it.each(documents)('%s: every item heading the diff uses is printed by the render', (file) => {
    const data = parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
    const text = squash(visibleText(renderDocument(data, String(data.kind), { format: 'html' })));
    const missing: string[] = [];
    let checked = 0;
    for (const item of indexItems(data).values()) {
      const chain = ancestorsAt(data, toPointer(item.segments));
      const at = chain.length - 1;
      const { heading } = itemTitle(chain, at, 'nl');
      // An item the document prints without words of its own (an organisation's id) is named by its id.
      if (heading === item.id) continue;
      checked++;
      const words = squash(heading.replace(/ …$/, ''));
      if (!text.includes(words)) missing.push(`${item.label}: ${words}`);
    }
    expect(checked).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('names an action by its kind and opening words, a theme by its heading, a phase as "Fase 1 Voorbereiding"', () => {
    const agenda = seed('uitvoeringsagenda');
    const pointer = (data: unknown, id: string) => toPointer(indexItems(data).get(id)!.segments);
    const chain = ancestorsAt(agenda, pointer(agenda, 'daderopvang'));
    expect(chain.map((_, at) => itemName(chain, at, 'nl'))).toEqual([
      'Actielijn 3: Aandacht voor specifieke groepen',
      'Thema Plegeraanpak',
      'Regionale actie “Continueer regionale noodopvang voor plegers in het kader …”',
    ]);
    expect(itemName(chain, 2, 'en')).toBe('Regional action “Continueer regionale noodopvang voor plegers in het kader …”');
    const plan = seed('projectplan');
    const phases = [...indexItems(plan).values()].filter((item) => item.segments.includes('phases'));
    expect(phases.length).toBeGreaterThan(0);
    const phaseChain = ancestorsAt(plan, toPointer(phases[0]!.segments));
    expect(itemName(phaseChain, phaseChain.length - 1, 'nl')).toMatch(/^Fase 1 \S/);
  });

  it('a move says from which theme to which, in names', () => {
    const before = seed('uitvoeringsagenda');
    const after = structuredClone(before) as any;
    const themes = after.actionLines.flatMap((line: any) => line.themes);
    const from = themes.find((t: any) => t.id === 'plegeraanpak');
    const to = themes.find((t: any) => t.id === 'duurzaam-waakvlamcontact');
    to.regionalActions.push(from.regionalActions.shift());
    const [moved] = diffDocuments(before, after, { lang: 'nl' }).changes;
    expect(moved).toMatchObject({ type: 'moved', code: 'diff/item-moved' });
    expect(moved!.message).toBe(
      'Regionale actie “Continueer regionale noodopvang voor plegers in het kader …” verplaatst van Actielijn 3: Aandacht voor specifieke groepen › Thema Plegeraanpak naar Actielijn 2: Stoppen en duurzaam oplossen › Thema Duurzaam waakvlamcontact',
    );
    expect(moved!.fromWhere).toBe('Actielijn 3: Aandacht voor specifieke groepen › Thema Plegeraanpak');
    expect(moved!.section).toBe('Actielijn 2: Stoppen en duurzaam oplossen › Thema Duurzaam waakvlamcontact');
  });
});
