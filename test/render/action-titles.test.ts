import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';

const AGENDA = path.join(ROOT, 'test/fixtures/monitor/uitvoeringsagenda-noord.agenda.yaml');

describe('an execution agenda that numbers its action lines and names its actions', () => {
  it('prints the number of the action line in its heading and contents, and the name of each action before its text', async () => {
    const md = await runBinary(['render', AGENDA, '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('\n## 1 Vroeg erbij\n');
    expect(md.stdout).toContain('- [1 Vroeg erbij](#1-vroeg-erbij)');
    expect(md.stdout).toContain('| **1.1.2** **Netwerk aandachtsfunctionarissen** — Er is een regionaal netwerk van aandachtsfunctionarissen.');
    const html = await runBinary(['render', AGENDA, '--format', 'html']);
    expect(html.stdout).toContain('<h2><span class="num">1</span> Vroeg erbij</h2>');
    expect(html.stdout).toContain('<span class="num">1.1.2</span> <strong class="action-title">Netwerk aandachtsfunctionarissen</strong> — Er is een regionaal netwerk');
  });
});
