/** `sitrep serve`: refuses a non-loopback address without tokens, serves the database on loopback, stops on a signal. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../cli/main.ts';
import { runServe } from '../cli/serve-command.ts';
import { readSettings } from '../config/settings.ts';
import { runCli } from '../../test/helpers/run-cli.ts';
import { isLoopbackHost } from './start-server.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'sitrep.db');
const TOKENS = join(dir, 'tokens.txt');
writeFileSync(TOKENS, 'reader-token-0123456789 reader\neditor-token-0123456789 editor\n');

test('isLoopbackHost', () => {
  const cases: Array<[string, boolean]> = [['127.0.0.1', true], ['127.1.2.3', true], ['localhost', true], ['::1', true], ['[::1]', true], ['0.0.0.0', false], ['::', false], ['192.168.1.10', false], ['example.org', false], ['128.0.0.1', false]];
  for (const [host, expected] of cases) assert.equal(isLoopbackHost(host), expected, host);
});

test('usage errors exit 2 with one line, before anything listens', async () => {
  const cases: Array<[string[], Record<string, string>, RegExp]> = [
    [['serve', '--host', '0.0.0.0', '--db', db], {}, /refusing to listen on 0\.0\.0\.0 without access tokens/],
    [['serve', '--host', '192.168.1.10', '--port', '0', '--db', db], {}, /without access tokens/],
    [['serve', '--port', '70000', '--db', db], {}, /--port/],
    [['serve', '--port', 'http', '--db', db], {}, /--port/],
    [['serve', '--tokens', join(dir, 'missing.txt'), '--db', db], {}, /cannot read/],
    [['serve', '--db', db], { SITREP_TOKENS_FILE: join(dir, 'missing.txt') }, /cannot read/],
  ];
  for (const [args, env, message] of cases) {
    const r = await runCli(args, '', env);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, `${args.join(' ')}: one line`);
    assert.match(r.err, message);
  }
  writeFileSync(join(dir, 'bad-tokens.txt'), 'abc admin\n');
  const bad = await runCli(['serve', '--tokens', join(dir, 'bad-tokens.txt'), '--db', db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /bad-tokens\.txt: line 1/);
});

test('runServe: prints the address, answers with the tokens of the file, closes when told', async () => {
  const lines: string[] = [];
  const ctx: CommandContext = {
    io: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: { SITREP_TOKENS_FILE: TOKENS }, cwd: dir },
    out: (t) => lines.push(t), err: (t) => lines.push(t), settings: (o) => readSettings({}, o), setExit: () => {}, now: () => new Date('2026-06-05T12:00:00Z'),
  };
  let stop!: () => void;
  const stopped = new Promise<void>((r) => { stop = r; });
  const running = runServe(ctx, { db, port: '0' }, stopped);
  while (lines.length === 0) await new Promise((r) => setTimeout(r, 20));
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(lines[0]!)?.[0];
  assert.ok(url, lines[0]);
  assert.match(lines[0]!, /2 access tokens/);
  assert.equal((await fetch(`${url}/api/incidents`)).status, 401);
  const ok = await fetch(`${url}/api/incidents`, { headers: { authorization: 'Bearer reader-token-0123456789' } });
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { incidents: [], total: 0, limit: 100, offset: 0 });
  stop();
  await running;
  await assert.rejects(fetch(`${url}/api/incidents`), 'no longer listening');
});

test('sitrep serve in its own process: the address on stdout, stops on SIGTERM with exit 0', async () => {
  const script = `import { main } from ${JSON.stringify(join(root, 'src', 'cli', 'main.ts'))};
process.exitCode = await main(process.argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'serve', '--port', '0', '--db', db], { cwd: root, env: { ...process.env, SITREP_TOKENS_FILE: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const deadline = Date.now() + 60_000;
  while (!/http:\/\/\S+:\d+/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0];
  assert.ok(url, `address printed (stdout: ${out}, stderr: ${err})`);
  const r = await fetch(`${url}/api/openapi.json`);
  assert.equal(r.status, 200);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, err);
});
