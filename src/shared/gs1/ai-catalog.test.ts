import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DL_PRIMARY_KEYS, GS1_AIS, aiLengthRange, aiSpec, type AiComponent } from './ai-catalog.ts';
import { ENFORCED_LINTERS, checkAiValue, checkCharacterPair } from './ai-lint.ts';
import { AI_TABLE } from './ai-table.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dictionaryFile = path.resolve(repoRoot, '../shared/reference/gs1-syntax-dictionary.txt');
const noDictionary = !fs.existsSync(dictionaryFile) && `GS1 syntax dictionary absent (${dictionaryFile}): agreement not checked`;

interface Entry {
  flags: string;
  components: AiComponent[];
  dlpkey?: string[][];
}

/**
 * Reads GS1's Barcode Syntax Dictionary: "AIs [Flags] Specification [Attributes...] [# Title]".
 * A component is Type[,linter...] with Type N/X/Y/Z, "N5" fixed, "N..20" variable, "[...]" optional.
 */
function loadDictionary(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const line of fs.readFileSync(dictionaryFile, 'utf8').split('\n')) {
    const tokens = line.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const [range, ...rest] = tokens as [string, ...string[]];
    const flags = rest[0] !== undefined && /^[*!?"$%&'()+,\-./:;<=>@[\\\]^_`{|}~]+$/.test(rest[0]) ? rest.shift()! : '';
    const components: AiComponent[] = [];
    let dlpkey: string[][] | undefined;
    for (const t of rest) {
      const m = /^(\[)?([NXYZ])(\.\.)?(\d+)\]?((?:,\w+)*)$/.exec(t);
      if (m) {
        const n = Number(m[4]);
        const linters = m[5] ? m[5].slice(1).split(',') : [];
        components.push({
          charset: m[2] as AiComponent['charset'],
          min: m[3] ? 1 : n,
          max: n,
          optional: m[1] === '[',
          linters: linters as AiComponent['linters'],
        });
      } else if (t === 'dlpkey') dlpkey = [[]];
      else if (t.startsWith('dlpkey='))
        dlpkey = t
          .slice('dlpkey='.length)
          .split('|')
          .map((seq) => seq.split(','));
    }
    const [from, to = from] = range.split('-') as [string, string?];
    for (let n = Number(from); n <= Number(to); n++) entries.set(String(n).padStart(from.length, '0'), { flags, components, ...(dlpkey ? { dlpkey } : {}) });
  }
  return entries;
}

/** Linters GS1 names that we record but do not check (code lists and coupon structures). */
const UNENFORCED = ['importeridx', 'mediatype', 'iso3166', 'iso3166999', 'iso3166alpha2', 'iso4217', 'packagetype', 'couponcode', 'couponposoffer'];

describe('GS1 AI catalog', () => {
  it("agrees with GS1's syntax dictionary on every AI: components, linters, FNC1, Digital Link roles", { skip: noDictionary }, () => {
    const dictionary = loadDictionary();
    assert.ok(dictionary.size > 500, `the dictionary was read (${dictionary.size} AIs)`);
    assert.deepEqual([...GS1_AIS.keys()].sort(), [...dictionary.keys()].sort(), 'the same AIs');
    for (const [ai, entry] of dictionary) {
      const spec = GS1_AIS.get(ai)!;
      assert.deepEqual(spec.components, entry.components, `(${ai}) components`);
      assert.equal(spec.predefinedLength, entry.flags.includes('*'), `(${ai}) predefined length`);
      assert.equal(spec.dlAttribute, entry.flags.includes('?'), `(${ai}) Digital Link data attribute`);
      assert.deepEqual(spec.dlQualifierSequences, entry.dlpkey, `(${ai}) Digital Link primary key and qualifier sequences`);
      for (const c of entry.components)
        for (const l of c.linters) assert.ok(ENFORCED_LINTERS.has(l) || UNENFORCED.includes(l), `linter ${l} of (${ai}) is known`);
    }
  });

  it('has a title for every AI and every primary key the standard defines', () => {
    for (const spec of GS1_AIS.values()) assert.ok(spec.title.length > 3, `(${spec.ai}) has a title`);
    assert.deepEqual(DL_PRIMARY_KEYS, ['00', '01', '253', '255', '401', '402', '414', '415', '417', '8003', '8004', '8006', '8010', '8013', '8017', '8018']);
    for (const key of DL_PRIMARY_KEYS)
      for (const seq of aiSpec(key)!.dlQualifierSequences!) for (const q of seq) assert.ok(GS1_AIS.has(q), `qualifier (${q}) of (${key})`);
  });

  it('agrees with the table of the AIs the scanning flows read (ai-table.ts)', () => {
    for (const [ai, def] of AI_TABLE) {
      const spec = aiSpec(ai);
      assert.ok(spec, `(${ai}) is in the catalog`);
      assert.equal(spec.components.length, 1, `(${ai}) one component`);
      const [c] = spec.components as [AiComponent];
      assert.equal(c.charset, def.charset, `(${ai}) charset`);
      assert.equal(c.max, def.length, `(${ai}) length`);
      assert.equal(c.min === c.max, def.fixedLength, `(${ai}) fixed length`);
      assert.equal(c.linters.includes('csum'), def.checkDigit, `(${ai}) check digit`);
      assert.equal(spec.predefinedLength, def.predefinedLength, `(${ai}) predefined length`);
      assert.equal(spec.dlAttribute, def.dlAttribute, `(${ai}) data attribute`);
      assert.equal(spec.dlQualifierSequences !== undefined, def.dlPrimaryKey !== undefined, `(${ai}) primary key`);
    }
  });

  it('gives the length range of multi-part values', () => {
    assert.deepEqual(aiLengthRange(aiSpec('01')!), { min: 14, max: 14 });
    assert.deepEqual(aiLengthRange(aiSpec('253')!), { min: 13, max: 30 });
    assert.deepEqual(aiLengthRange(aiSpec('8008')!), { min: 8, max: 12 });
  });
});

describe('checkAiValue', () => {
  const check = (ai: string, value: string) => checkAiValue(aiSpec(ai)!, value)?.code ?? 'ok';

  it('checks lengths, also of optional parts', () => {
    assert.equal(check('01', '09506000134352'), 'ok');
    assert.equal(check('01', '0950600013435'), 'bad_length');
    assert.equal(check('10', ''), 'bad_length');
    assert.equal(check('10', 'A'.repeat(21)), 'bad_length');
    for (const ok of ['26112512', '2611251230', '261125123059']) assert.equal(check('8008', ok), 'ok', ok);
    for (const bad of ['261125123', '26112512305']) assert.equal(check('8008', bad), 'bad_length', bad);
    assert.equal(check('253', '9520123456788'), 'ok', 'a GDTI without its serial');
  });

  it('checks character sets N, X, Y and Z', () => {
    assert.equal(check('30', '12a'), 'bad_character');
    assert.equal(check('10', 'A B'), 'bad_character');
    assert.equal(check('10', 'A~B'), 'bad_character');
    assert.equal(check('8010', '95201234#-/Z'), 'ok');
    assert.equal(check('8010', '95201234a'), 'bad_character', 'set 39 has no lowercase');
    assert.equal(check('8030', 'MEUCIQDvQ0a_-w=='), 'ok');
    assert.equal(check('8030', 'ab+/'), 'bad_character');
  });

  it('checks GS1 check digits and check character pairs', () => {
    assert.equal(check('00', '106141412345678908'), 'ok');
    assert.equal(check('00', '106141412345678909'), 'bad_check_digit');
    assert.equal(check('8006', '095060001343520102'), 'ok');
    assert.equal(check('8006', '095060001343530102'), 'bad_check_digit');
    // GS1's example Global Model Number, and one with a wrong pair.
    assert.equal(checkCharacterPair('1987654Ad4X4bL5ttr2310c'), '2K');
    assert.equal(check('8013', '1987654Ad4X4bL5ttr2310c2K'), 'ok');
    assert.equal(check('8013', '1987654Ad4X4bL5ttr2310c2X'), 'bad_check_digit');
    assert.equal(check('8013', '12345678901234567890123NT'), 'ok');
    assert.equal(check('8007', 'GB82WEST12345698765432'), 'ok');
    assert.equal(check('8007', 'GB82WEST12345698765433'), 'bad_check_digit');
  });

  it('checks dates and times', () => {
    assert.equal(check('17', '271231'), 'ok');
    assert.equal(check('17', '271200'), 'ok', 'DD 00: the month without a day');
    assert.equal(check('17', '271301'), 'bad_date');
    assert.equal(check('17', '270230'), 'bad_date');
    assert.equal(check('17', '280229'), 'ok', 'a leap year');
    assert.equal(check('17', '270229'), 'bad_date');
    assert.equal(check('7006', '271200'), 'bad_date', 'yymmdd needs a day');
    assert.equal(check('7003', '2712312359'), 'ok');
    assert.equal(check('7003', '2712312460'), 'bad_date');
    assert.equal(check('7250', '20000229'), 'ok');
    assert.equal(check('7250', '19000229'), 'bad_date', '1900 was no leap year');
  });

  it('checks the other content rules it enforces', () => {
    assert.equal(check('8006', '095060001343520302'), 'bad_value', 'piece 3 of 2');
    assert.equal(check('8003', '19520123456788'), 'bad_value', 'a GRAI starts with 0');
    assert.equal(check('8004', 'ASSET-1'), 'bad_value', 'a GIAI starts with a company prefix');
    assert.equal(check('8004', '9520123ASSET-1'), 'ok');
    assert.equal(check('4321', '2'), 'bad_value');
    assert.equal(check('4330', '001250-'), 'ok');
    assert.equal(check('4330', '001250+'), 'bad_value');
    assert.equal(check('8011', '0123'), 'bad_value');
    assert.equal(check('8011', '0'), 'ok');
    assert.equal(check('8014', '9520123000000000087900927'), 'bad_value', 'a MUDI needs a non-digit (its check pair here is 27)');
    assert.equal(check('8013', '9520123000000000087900927'), 'ok', 'a GMN may be all digits');
    assert.equal(check('7258', '1/2'), 'ok');
    assert.equal(check('7258', '3/2'), 'bad_value');
    assert.equal(check('4309', '18000000013600000000'), 'bad_value', 'latitude above 180 degrees (offset)');
  });
});
