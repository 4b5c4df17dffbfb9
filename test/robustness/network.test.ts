import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';

/**
 * Printing a PDF makes no request to the network: Chromium's background services (its updater,
 * the account list of its sign-in) name no host beyond this machine, get no name resolved and no
 * connection out. Chromium's own network log, switched on by a launcher around it that adds
 * nothing else, is the witness.
 */
const PLAN = path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');
const CHROMIUM = process.env.AGENDUM_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium';

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: Record<string, unknown> }[];
}

const isLoopback = (address: string) => /^(?:127\.|\[::1\]|::1)/.test(address);

describe('a PDF render', () => {
  it('looks up no name and connects to nothing beyond this machine', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-network-'));
    const log = path.join(dir, 'net.json');
    const launcher = path.join(dir, 'chromium.sh');
    writeFileSync(launcher, `#!/bin/sh\nexec "${CHROMIUM}" "$@" --log-net-log="${log}" --net-log-capture-mode=Default\n`);
    chmodSync(launcher, 0o755);
    const result = await runBinary(['render', PLAN, '--format', 'pdf', '-o', 'plan.pdf', '--today', '2021-01-01'], { cwd: dir, env: { AGENDUM_CHROMIUM: launcher }, timeout: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    const net = JSON.parse(readFileSync(log, 'utf8')) as NetLog;
    const names = Object.fromEntries(Object.entries(net.constants.logEventTypes).map(([name, id]) => [id, name]));
    const events = net.events.map((e) => ({ type: names[e.type] ?? '', params: e.params ?? {} }));
    // Chromium's resolver and the system's alike: no DNS query is made.
    expect(events.filter((e) => /^(?:DNS_TRANSACTION|HOST_RESOLVER_SYSTEM_TASK|HOST_RESOLVER_DNS_TASK)/.test(e.type)).map((e) => e.type)).toEqual([]);
    // No connection is attempted to any address but the loopback one, and no datagram is sent.
    const out = events.filter((e) => (e.type === 'TCP_CONNECT_ATTEMPT' || e.type === 'TCP_CONNECT') && typeof e.params.address === 'string' && !isLoopback(e.params.address));
    expect(out.map((e) => e.params.address)).toEqual([]);
    expect(events.filter((e) => e.type === 'UDP_BYTES_SENT' || (e.type === 'SOCKET_BYTES_SENT' && e.params.byte_count))).toEqual([]);
    // Nor does any request Chromium starts (its updater, its sign-in) name a host beyond this machine.
    const requested = events.filter((e) => e.type === 'URL_REQUEST_START_JOB' && typeof e.params.url === 'string').map((e) => e.params.url as string);
    expect(requested.filter((url) => /^(?:https?|wss?):/.test(url) && !/^[a-z]+:\/\/(?:127\.0\.0\.1|\[::1\]|localhost)[:/]/.test(url))).toEqual([]);
  }, 90_000);
});
