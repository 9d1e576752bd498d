import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AI_BY_SHORT_NAME, AI_TABLE, CSET82_SYMBOLS, PRIMARY_KEY_PRECEDENCE, inCharset } from './ai-table.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dictionaryFile = path.resolve(repoRoot, '../shared/reference/gs1-syntax-dictionary.txt');
const grammarFile = path.resolve(repoRoot, '../shared/reference/GS1_Digital_Link_Grammar_1_2.abnf');
const noDictionary = !fs.existsSync(dictionaryFile) && 'GS1 syntax dictionary absent';
const noGrammar = !fs.existsSync(grammarFile) && 'GS1 Digital Link grammar absent';

interface DictionaryEntry {
  flags: string;
  components: string[];
  attributes: string[];
}

/**
 * Reads GS1's Barcode Syntax Dictionary: "AIs [Flags] Specification [Attributes...] [# Title]",
 * where AIs is one AI or a range such as 3100-3105, expanded here to one entry per AI.
 */
function loadDictionary(): Map<string, DictionaryEntry> {
  const entries = new Map<string, DictionaryEntry>();
  for (const line of fs.readFileSync(dictionaryFile, 'utf8').split('\n')) {
    const tokens = line.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const [range, ...rest] = tokens as [string, ...string[]];
    const flags = rest[0] !== undefined && /^[*!?"$%&'()+,\-./:;<=>@[\\\]^_`{|}~]+$/.test(rest[0]) ? rest.shift()! : '';
    const components = rest.filter((t) => /^\[?[NXYZ](\.\.)?\d/.test(t));
    const attributes = rest.filter((t) => !components.includes(t));
    const [from, to = from] = range.split('-') as [string, string?];
    for (let n = Number(from); n <= Number(to); n++) entries.set(String(n).padStart(from.length, '0'), { flags, components, attributes });
  }
  return entries;
}

/** Our AIs matching a dictionary AI or pattern ("310n", "35nn": n is any digit). */
function ours(aiOrPattern: string): string[] {
  if (!aiOrPattern.includes('n')) return AI_TABLE.has(aiOrPattern) ? [aiOrPattern] : [];
  const re = new RegExp(`^${aiOrPattern.replaceAll('n', '\\d')}$`);
  return [...AI_TABLE.keys()].filter((ai) => re.test(ai));
}

function attributeValues(entry: DictionaryEntry, key: string): string[] {
  return entry.attributes.filter((a) => a.startsWith(`${key}=`)).map((a) => a.slice(key.length + 1));
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('GS1 AI table', () => {
  it('covers every AI the food-lot work needs, plus the Digital Link qualifiers of its keys', () => {
    const needed = [
      '00',
      '01',
      '02',
      '10',
      '11',
      '13',
      '15',
      '16',
      '17',
      '21',
      '30',
      '37',
      '3100',
      '3101',
      '3102',
      '3103',
      '3104',
      '3105',
      '400',
      '414',
      '8004',
    ];
    for (const ai of needed) assert.ok(AI_TABLE.has(ai), `(${ai}) is in the table`);
    for (const [ai, def] of AI_TABLE) {
      assert.equal(def.ai, ai);
      for (const q of def.dlPrimaryKey?.qualifiers ?? []) assert.ok(AI_TABLE.has(q), `qualifier (${q}) of (${ai}) is in the table`);
      for (const other of [...def.excludes, ...def.requires.flat()]) assert.ok(AI_TABLE.has(other), `(${ai}) refers to (${other}), which is in the table`);
    }
    for (const ai of PRIMARY_KEY_PRECEDENCE) assert.ok(AI_TABLE.get(ai)?.dlPrimaryKey, `(${ai}) is a primary key`);
    assert.equal(AI_BY_SHORT_NAME.get('gtin'), '01');
    assert.equal(AI_BY_SHORT_NAME.get('lot'), '10');
  });

  it('is prefix-free, so a raw element string has only one reading', () => {
    const ais = [...AI_TABLE.keys()];
    for (const a of ais) for (const b of ais) if (a !== b) assert.ok(!b.startsWith(a), `(${a}) is a prefix of (${b})`);
  });

  it('knows the 82 characters GS1 allows in alphanumeric values', () => {
    assert.equal(10 + 26 + 26 + CSET82_SYMBOLS.length, 82);
    assert.ok(inCharset(`AZaz09${CSET82_SYMBOLS}`, 'X'));
    for (const c of [' ', '#', '$', '@', '[', ']', '\\', '^', '`', '{', '|', '}', '~', 'é', '\x1d', '\n'])
      assert.equal(inCharset(c, 'X'), false, JSON.stringify(c));
    assert.ok(inCharset('0123456789', 'N'));
    assert.equal(inCharset('12a', 'N'), false);
  });

  it("agrees with GS1's syntax dictionary on format, length, check digit, FNC1 and Digital Link role", { skip: noDictionary }, () => {
    const dictionary = loadDictionary();
    assert.ok(dictionary.size > 400, `the dictionary was read (${dictionary.size} AIs)`);
    for (const [ai, def] of AI_TABLE) {
      const entry = dictionary.get(ai);
      assert.ok(entry, `(${ai}) is a GS1 AI`);
      assert.equal(entry.components.length, 1, `(${ai}) is a single component`);
      const [type, ...linters] = entry.components[0]!.split(',') as [string, ...string[]];
      const m = /^([NX])(\.\.)?(\d+)$/.exec(type);
      assert.ok(m, `(${ai}) is ${type}`);
      assert.equal(def.charset, m[1], `(${ai}) charset`);
      assert.equal(def.fixedLength, m[2] === undefined, `(${ai}) fixed or variable length`);
      assert.equal(def.length, Number(m[3]), `(${ai}) length`);
      assert.equal(def.checkDigit, linters.includes('csum'), `(${ai}) check digit`);
      // Our dates accept DD = 00, which is what the dictionary's "yymmd0" allows (its "yymmdd" would not).
      assert.equal(def.content === 'date', linters.includes('yymmd0'), `(${ai}) is a YYMMDD date with optional day`);
      assert.equal(def.predefinedLength, entry.flags.includes('*'), `(${ai}) predefined length (no FNC1 after it)`);
      assert.equal(def.dlAttribute, entry.flags.includes('?'), `(${ai}) permitted as a Digital Link attribute`);

      const dlpkey = entry.attributes.find((a) => a === 'dlpkey' || a.startsWith('dlpkey='));
      assert.equal(def.dlPrimaryKey !== undefined, dlpkey !== undefined, `(${ai}) is a Digital Link primary key`);
      if (dlpkey !== undefined && def.dlPrimaryKey) {
        const sequences =
          dlpkey === 'dlpkey'
            ? [[]]
            : dlpkey
                .slice('dlpkey='.length)
                .split('|')
                .map((s) => s.split(','));
        const readable = sequences.filter((seq) => seq.every((q) => AI_TABLE.has(q)));
        // Our qualifiers are one of GS1's sequences, or none when every sequence uses AIs we do not read.
        const expected = readable.length > 0 ? readable : [[]];
        assert.ok(
          expected.some((seq) => JSON.stringify(seq) === JSON.stringify(def.dlPrimaryKey!.qualifiers)),
          `(${ai}) qualifiers ${def.dlPrimaryKey.qualifiers} are one of ${JSON.stringify(sequences)}`,
        );
      }

      // Pairing rules, restricted to the AIs we read: the same requirements and exclusions as GS1's.
      const requires = attributeValues(entry, 'req').map((alternatives) =>
        sorted(
          alternatives.split(',').flatMap((alt) => {
            const group = alt.split('+').map(ours);
            if (group.length > 1)
              assert.ok(
                group.some((g) => g.length === 0),
                `(${ai}) needs the group ${alt}, which our table cannot express`,
              );
            return group.length === 1 ? group[0]! : [];
          }),
        ),
      );
      assert.deepEqual(sorted(def.requires.map((r) => sorted(r).join(','))), sorted(requires.map((r) => r.join(','))), `(${ai}) requirements`);
      const excludes = attributeValues(entry, 'ex').flatMap((list) => list.split(',').flatMap(ours));
      assert.deepEqual(sorted(new Set(def.excludes)), sorted(new Set(excludes.filter((x) => x !== ai))), `(${ai}) exclusions`);
    }
  });

  it("uses the Digital Link grammar's character set 82 symbols", { skip: noGrammar }, () => {
    const abnf = fs.readFileSync(grammarFile, 'utf8');
    // XSYMBOL lists the symbols by rule name; each rule is a quoted literal or its percent-encoding.
    const rule = /^XSYMBOL\s*=([\s\S]*?)\n\s*\n/m.exec(abnf)?.[1];
    assert.ok(rule, 'XSYMBOL rule found');
    const symbols = rule
      .replace(/;.*$/gm, '')
      .split('/')
      .map((t) => t.trim())
      .map((t) => {
        if (/^"[^"]"$/.test(t)) return t[1]!;
        const def = new RegExp(`^${t}\\s*=\\s*(?:'(.)'|"([^"]+)")`, 'm').exec(abnf);
        assert.ok(def, `symbol rule ${t} defined`);
        return def[1] ?? decodeURIComponent(def[2]!);
      });
    assert.deepEqual(sorted(symbols), sorted(CSET82_SYMBOLS));
  });
});
