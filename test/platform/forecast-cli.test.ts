import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const forecast = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/meridian.js', 'forecast', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('meridian forecast (CLI)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-forecast-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Two series over 10 weeks from Monday 2025-01-06: "a" sells 3 on weekdays and 9 at weekends, "b" sells
  // nothing but a unit on 2025-02-01, and has no row on most days (missing days are 0 units).
  const rows = ['series_id,date,units'];
  for (let i = 0; i < 70; i++) {
    const d = new Date(Date.UTC(2025, 0, 6 + i)).toISOString().slice(0, 10);
    rows.push(`a,${d},${i % 7 >= 5 ? 9 : 3}`);
  }
  rows.push('b,2025-01-06,0', 'b,2025-02-01,1');
  const sales = file('sales.csv', `${rows.join('\n')}\n`);

  it('writes a forecast CSV per series and day, means to 2 decimals, whole non-negative quantiles', () => {
    const out = path.join(dir, 'forecast.csv');
    const r = forecast('--input', sales, '--horizon', '7', '--output', out);
    assert.equal(r.status, 0, r.stderr);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines[0], 'series_id,date,forecast,p10,p90');
    assert.equal(lines.length, 1 + 2 * 7);
    const a = lines.filter((l) => l.startsWith('a,')).map((l) => l.split(','));
    assert.deepEqual(
      a.map((c) => c[1]),
      ['2025-03-17', '2025-03-18', '2025-03-19', '2025-03-20', '2025-03-21', '2025-03-22', '2025-03-23'],
    );
    for (const c of a) assert.match(c[2]!, /^\d+\.\d\d$/);
    assert.ok(Number(a[5]![2]) > 2 * Number(a[0]![2]), 'Saturday above Monday');
    for (const l of lines.slice(1)) {
      const [, , f, p10, p90] = l.split(',');
      assert.ok(Number(f) >= 0 && /^\d+$/.test(p10!) && /^\d+$/.test(p90!) && Number(p10) <= Number(p90), l);
    }
    // "b" runs to the file's last day (2025-03-16) though its last row is 2025-02-01: weeks of zeros.
    assert.ok(lines.some((l) => l.startsWith('b,2025-03-17,')));
    const stdout = forecast('--input', sales, '--horizon', '2');
    assert.equal(stdout.status, 0, stdout.stderr);
    assert.equal(stdout.stdout.trim().split('\n').length, 1 + 2 * 2, 'no --output: stdout');
  });

  it('evaluates ours against the three baselines on a held-out window', () => {
    const gen = path.join(dir, 'gen.csv');
    assert.equal(forecast('generate', '--output', gen, '--items', '30', '--stores', '4', '--days', '400').status, 0);
    const r = forecast('eval', '--input', gen, '--horizon', '28', '--separator', '_');
    assert.equal(r.status, 0, r.stderr);
    for (const label of ['ours', 'seasonal-naive (weekly)', '28-day moving average', 'exponential smoothing', 'ours / best baseline'])
      assert.match(r.stdout, new RegExp(`^${label.replace(/[()/]/g, '\\$&')} +\\d\\.\\d{4} +\\d\\.\\d{4}`, 'm'), r.stdout);
    assert.match(r.stdout, /^series 120, scored \d+/);
    const json = forecast('eval', '--input', gen, '--horizon', '28', '--separator', '_', '--json');
    const e = JSON.parse(json.stdout) as { rmsse: Record<string, number>; horizon: number };
    assert.equal(e.horizon, 28);
    assert.deepEqual(Object.keys(e.rmsse), ['ours', 'seasonal_naive', 'ma28', 'ses']);
  });

  it('exits 2 with one line naming the problem on bad input or arguments', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--input', file('h.csv', 'sku,day,qty\na,2025-01-01,1\n'), '--horizon', '7'], /line 1: the header must be/],
      [['--input', file('d.csv', 'series_id,date,units\na,2025-01-01,1\na,2025-02-30,1\n'), '--horizon', '7'], /line 3: date "2025-02-30"/],
      [['--input', file('n.csv', 'series_id,date,units\na,2025-01-01,-1\n'), '--horizon', '7'], /line 2: units "-1" is negative/],
      [['--input', file('f.csv', 'series_id,date,units\na,2025-01-01,1.5\n'), '--horizon', '7'], /line 2: units "1.5" is not a whole number/],
      [['--input', file('u.csv', 'series_id,date,units\na,2025-01-01,1\na,2025-01-01,2\n'), '--horizon', '7'], /line 3: .*2025-01-01 twice/],
      [['--input', path.join(dir, 'missing.csv'), '--horizon', '7'], /cannot read .*ENOENT/],
      [['--input', sales], /--horizon is required/],
      [['--input', sales, '--horizon', '0'], /--horizon must be a whole number/],
      [['eval', '--input', sales, '--horizon', 'abc'], /--horizon must be a whole number/],
      [['--horizon', '7'], /--input is required/],
      [['frobnicate', '--input', sales, '--horizon', '7'], /unknown argument "frobnicate"/],
    ];
    for (const [args, re] of cases) {
      const r = forecast(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
    }
  });

  it('prints its help', () => {
    const r = forecast('help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /forecast eval --input sales\.csv --horizon 28/);
  });
});
