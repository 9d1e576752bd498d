import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { addDays } from './calendar.ts';
import { runForecastCommand } from './cli.ts';

describe('meridian forecast with prices', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'forecast-cli-'));
  after(() => rm(dir, { recursive: true, force: true }));

  it('forecasts a planned price cut given as rows without units', async () => {
    // 8 stores of one item, 140 days from a Monday: 2 a day at 5.00, 4 a day on a cut to 4.00 every 4 weeks.
    const rows = ['series_id,date,units,price'];
    for (let s = 0; s < 8; s++) {
      for (let t = 0; t < 140; t++) {
        const cut = t % 28 >= 24;
        rows.push(`I1_S${s},${addDays('2025-01-06', t)},${cut ? 4 : 2},${cut ? '4.00' : '5.00'}`);
      }
      // Planned: the cut again on the 3rd and 4th forecast days.
      for (const t of [142, 143]) rows.push(`I1_S${s},${addDays('2025-01-06', t)},,4.00`);
    }
    const input = path.join(dir, 'sales.csv');
    const output = path.join(dir, 'forecast.csv');
    await writeFile(input, `${rows.join('\n')}\n`);
    assert.equal(await runForecastCommand(['--input', input, '--horizon', '7', '--output', output, '--separator', '_']), 0);
    const lines = (await readFile(output, 'utf8')).trim().split('\n');
    assert.equal(lines.length, 1 + 8 * 7);
    const mean = (day: number) => Number(lines[1 + day]!.split(',')[2]);
    assert.equal(lines[1]!.split(',')[1], addDays('2025-01-06', 140));
    assert.ok(mean(0) > 1.6 && mean(0) < 2.4, `a regular day: ${mean(0)}`);
    assert.ok(mean(2) > 1.6 * mean(0) && mean(3) > 1.6 * mean(0), `planned cut days: ${mean(2)}, ${mean(3)}`);
  });

  it('exits 2 on a bad price, naming the line', async () => {
    const input = path.join(dir, 'bad.csv');
    await writeFile(input, 'series_id,date,units,price\na,2025-01-01,1,free\n');
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (written.push(s), true)) as typeof process.stderr.write;
    try {
      assert.equal(await runForecastCommand(['--input', input, '--horizon', '7']), 2);
    } finally {
      process.stderr.write = write;
    }
    assert.match(written.join(''), /line 2: price "free"/);
  });
});
