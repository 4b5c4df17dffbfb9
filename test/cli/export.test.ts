import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/monitor');
const AGENDA = path.join(FIXTURES, 'uitvoeringsagenda-noord.agenda.yaml');
const PLAN = path.join(FIXTURES, 'projectplan-buurtzorg.agenda.yaml');

interface Event {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
}

/** The events of an iCalendar text, as a calendar application reads them. */
function events(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate.toString(), end: event.endDate.toString(), allDay: event.startDate.isDate };
  });
}

describe('agendum export', () => {
  it('gives every deadline, milestone and dated phase as an all-day event that an iCalendar parser reads', async () => {
    const result = await runBinary(['export', FIXTURES, '--format', 'ics', '--today', '2026-05-20', '--lang', 'nl']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const found = events(result.stdout);
    expect(found.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Fase 1 Verkennen', '2025-02-01', '2025-07-01'],
      ['Fase 2 Uitvoeren', '2025-07-01', '2026-07-01'],
      ['Mijlpaal startbijeenkomst met de wijkverpleging', '2025-09-15', '2025-09-16'],
      ['Deadline: Resultaat Evaluatierapport Buurtzorg Oost', '2026-06-15', '2026-06-16'],
      ['Deadline: Regionale actie 1.1.3 Handreiking voor scholen', '2026-07-01', '2026-07-02'],
    ]);
    expect(found.every((e) => e.allDay)).toBe(true);
    const handreiking = found.find((e) => e.summary.includes('Handreiking'))!;
    expect(handreiking.description).toBe(
      'Document: Uitvoeringsagenda Zorg en Veiligheid Noord (test/fixtures/monitor/uitvoeringsagenda-noord.agenda.yaml)\nWanneer: 1 juli 2026\nOnderdeel: 1.1 Signaleren op school\nEigenaar: Veilig Thuis Noord',
    );
    expect(new Set(found.map((e) => e.uid)).size).toBe(found.length);
  });

  it('keeps every UID when the document changes around an item, so a subscribed calendar updates instead of duplicating', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-export-'));
    const file = path.join(dir, 'plan.agenda.yaml');
    const original = readFileSync(PLAN, 'utf8');
    writeFileSync(file, original);
    const before = events((await runBinary(['export', file, '--today', '2026-05-20'])).stdout);
    // A phase inserted before the others, and a deadline moved: the same items keep their UIDs.
    const phase = '        - id: opstarten\n          number: "0"\n          name: Opstarten\n          start: 2025-01-06\n          end: 2025-01-31\n';
    writeFileSync(file, original.replace('      phases:\n', `      phases:\n${phase}`).replace('deadline: 15 juni 2026', 'deadline: 29 juni 2026'));
    const after = events((await runBinary(['export', file, '--today', '2026-05-20'])).stdout);
    expect(after).toHaveLength(before.length + 1);
    for (const event of before) {
      const same = after.find((e) => e.uid === event.uid);
      expect(same, event.summary).toBeDefined();
      expect(same!.summary).toBe(event.summary);
    }
    expect(after.find((e) => e.summary.includes('Evaluatierapport'))!.start).toBe('2026-06-29');
  });

  it('lists every piece of work as CSV for a Dutch spreadsheet', async () => {
    const result = await runBinary(['export', AGENDA, '--format', 'csv', '--lang', 'nl']);
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('Document;Nummer;Soort;Titel;Onderdeel;Eigenaar;Wanneer;Begin;Einde;Status');
    expect(rows.slice(1)).toEqual([
      'Uitvoeringsagenda Zorg en Veiligheid Noord;1.1.1;Regionale actie;Training meldcode;1.1 Signaleren op school;GGD Noord;2024;2024-01-01;2024-12-31;afgerond',
      'Uitvoeringsagenda Zorg en Veiligheid Noord;1.1.2;Regionale actie;Netwerk aandachtsfunctionarissen;1.1 Signaleren op school;Veilig Thuis Noord;2024 t/m 2025;2024-01-01;2025-12-31;loopt',
      'Uitvoeringsagenda Zorg en Veiligheid Noord;1.1.3;Regionale actie;Handreiking voor scholen;1.1 Signaleren op school;Veilig Thuis Noord;1 juli 2026;;2026-07-01;zonder status',
      'Uitvoeringsagenda Zorg en Veiligheid Noord;1.2.1;Lokale actie;Casusoverleg;1.2 Wijkteams;;2025 t/m 2026;2025-01-01;2026-12-31;vervallen',
    ]);
  });

  it('keeps a field that a spreadsheet would run as a formula as text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-export-'));
    const text = readFileSync(AGENDA, 'utf8').replace('title: Casusoverleg', 'title: "=HYPERLINK(\\"http://example.org\\")"');
    writeFileSync(path.join(dir, 'a.agenda.yaml'), text);
    const result = await runBinary(['export', 'a.agenda.yaml', '--format', 'csv'], { cwd: dir, env: { LANG: 'en' } });
    expect(result.stdout).toContain(';"\'=HYPERLINK(""http://example.org"")";');
  });

  it('draws a document\'s timeline as a Mermaid gantt chart', async () => {
    const result = await runBinary(['export', PLAN, '--format', 'mermaid', '--today', '2026-05-20']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^gantt\n {2}dateFormat YYYY-MM-DD\n/);
    const both = await runBinary(['export', FIXTURES, '--format', 'mermaid', '--today', '2026-05-20']);
    expect(both.stdout.match(/^```mermaid\ngantt$/gm)).toHaveLength(2);
    expect(both.stdout).toContain('## Projectplan Buurtzorg Oost');
  });

  it('writes to a file with -o, and refuses an unknown format', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-export-'));
    const result = await runBinary(['export', PLAN, '-o', path.join(dir, 'plan.ics'), '--today', '2026-05-20'], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('geschreven');
    expect(events(readFileSync(path.join(dir, 'plan.ics'), 'utf8'))).toHaveLength(4);
    const bad = await runBinary(['export', PLAN, '--format', 'xls']);
    expect(bad.code).toBe(2);
  });
});
