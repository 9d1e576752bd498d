import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { emptyDatabaseEnv } from '../support/db.ts';
import { runCli } from '../support/process.ts';

describe('CLI loaders for the positive list and exchange rates', () => {
  let db: Awaited<ReturnType<typeof emptyDatabaseEnv>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-cli-'));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  before(async () => {
    db = await emptyDatabaseEnv();
  });
  after(async () => {
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads rates from a file, all or nothing, with the bad rows named', () => {
    const bad = runCli(
      ['load-rates', file('bad.csv', 'base,quote,rate,valid_from\nUSD,CNY,7.2,2026-12-01T00:00:00Z\nUSD,CNY,abc,2026-12-02T00:00:00Z\n')],
      db.env,
    );
    assert.equal(bad.status, 1, bad.output);
    const report = JSON.parse(bad.output.trim().split('\n').at(-1)!);
    assert.deepEqual([report.ok, report.created, report.errors[0].row, report.errors[0].code], [false, 0, 3, 'invalid_rate']);
    const good = runCli(['load-rates', file('good.csv', 'base,quote,rate,valid_from\nUSD,CNY,7.2,2026-12-01T00:00:00Z\n')], db.env);
    assert.equal(good.status, 0, good.output);
    assert.equal(JSON.parse(good.output.trim().split('\n').at(-1)!).created, 1);
  });

  it('loads a positive list, a dry run first changing nothing', () => {
    const csv = file('list.csv', 'hs_code,name_en,name_zh,vat_bp,consumption_tax_bp,tariff_bp,note,list_edition\n6110,Jerseys,针织衫,1300,0,700,,2022\n');
    const dry = runCli(['load-positive-list', csv, '--dry-run'], db.env);
    assert.equal(dry.status, 0, dry.output);
    assert.equal(JSON.parse(dry.output.trim().split('\n').at(-1)!).created, 1);
    const real = runCli(['load-positive-list', csv], db.env);
    assert.equal(JSON.parse(real.output.trim().split('\n').at(-1)!).created, 1, 'the dry run wrote nothing');
    const again = runCli(['load-positive-list', csv], db.env);
    assert.equal(JSON.parse(again.output.trim().split('\n').at(-1)!).updated, 1);
  });
});
