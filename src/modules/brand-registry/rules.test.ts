import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../http/errors.ts';
import { chinaToday, cleanApplication, cleanTrademarks, covers, effectiveStatus, isCalendarDate, numberKey } from './rules.ts';

const TODAY = '2026-06-15';
const tm = (over: Record<string, unknown> = {}) => ({ office: 'USPTO', number: '1234567', classes: [25], expires_on: '2030-01-01', ...over });
const app = (over: Record<string, unknown> = {}) => ({
  name_en: "Levi's",
  name_zh: '李维斯',
  evidence_urls: ['https://example.com/cert.pdf'],
  trademarks: [tm()],
  ...over,
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.status, 400);
    return e.code;
  }
  return 'no error';
}

describe('brand registry rules', () => {
  it('counts days in China: 16:00 UTC is already the next day there', () => {
    assert.equal(chinaToday(new Date('2026-06-15T15:59:59Z')), '2026-06-15');
    assert.equal(chinaToday(new Date('2026-06-15T16:00:00Z')), '2026-06-16');
  });

  it('keeps a registration in force through the latest expiry day and lapses it the day after', () => {
    assert.equal(effectiveStatus('active', '2026-06-15', '2026-06-14'), 'active');
    assert.equal(effectiveStatus('active', '2026-06-15', '2026-06-15'), 'active');
    assert.equal(effectiveStatus('active', '2026-06-15', '2026-06-16'), 'lapsed');
    // Only an active registration lapses; the others keep their status.
    for (const s of ['pending', 'rejected', 'withdrawn', 'lapsed'] as const) assert.equal(effectiveStatus(s, '2020-01-01', TODAY), s);
  });

  it('takes the latest expiry of several trademarks as the registration’s', () => {
    const r = cleanTrademarks(
      [tm({ expires_on: '2027-03-01' }), tm({ office: 'CNIPA', number: '8899', expires_on: '2031-12-31' }), tm({ number: '77', expires_on: '2026-06-15' })],
      TODAY,
    );
    assert.equal(r.expires_on, '2031-12-31');
  });

  it('cleans an application: spacing, repeated aliases and aliases equal to a name dropped, classes sorted once', () => {
    const a = cleanApplication(
      app({
        name_en: "  Levi's  ",
        aliases_en: ['LEVIS', 'levis', ' Levi  Strauss ', "levi's"],
        aliases_zh: ['李维斯', '利惠'],
        logo_url: 'https://example.com/logo.png',
        trademarks: [tm({ classes: [25, 18, 25, 3] })],
      }),
      TODAY,
    );
    assert.equal(a.name_en, "Levi's");
    assert.deepEqual(a.aliases_en, ['LEVIS', 'Levi Strauss']);
    assert.deepEqual(a.aliases_zh, ['利惠']);
    assert.deepEqual(a.trademarks[0]!.classes, [3, 18, 25]);
    assert.equal(a.trademarks[0]!.number_key, '1234567');
    assert.equal(a.expires_on, '2030-01-01');
  });

  it('refuses each fault with its own code', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['trademark_required', { trademarks: [] }],
      ['invalid_trademark_office', { trademarks: [tm({ office: 'JPO' })] }],
      ['office_name_required', { trademarks: [tm({ office: 'other' })] }],
      ['office_name_not_allowed', { trademarks: [tm({ office_name: 'JPO' })] }],
      ['invalid_trademark_number', { trademarks: [tm({ number: ' -/- ' })] }],
      ['nice_classes_required', { trademarks: [tm({ classes: [] })] }],
      ['invalid_nice_class', { trademarks: [tm({ classes: [0] })] }],
      ['invalid_nice_class', { trademarks: [tm({ classes: [46] })] }],
      ['invalid_nice_class', { trademarks: [tm({ classes: [2.5] })] }],
      ['invalid_expiry', { trademarks: [tm({ expires_on: '2027-02-30' })] }],
      ['invalid_expiry', { trademarks: [tm({ expires_on: '30/01/2027' })] }],
      ['trademark_expired', { trademarks: [tm({ expires_on: '2026-06-14' })] }],
      ['duplicate_trademark', { trademarks: [tm({ number: 'US 1,234,567' }), tm({ number: 'us1234567' })] }],
      ['evidence_required', { evidence_urls: [] }],
      ['invalid_evidence_url', { evidence_urls: ['ftp://example.com/cert.pdf'] }],
      ['invalid_evidence_url', { evidence_urls: ['https://user:pw@example.com/cert.pdf'] }],
      ['invalid_evidence_url', { evidence_urls: ['cert.pdf'] }],
      ['invalid_logo_url', { logo_url: 'javascript:alert(1)' }],
      ['invalid_name', { name_en: '   ' }],
      ['invalid_name', { name_zh: 'x'.repeat(201) }],
      ['invalid_alias', { aliases_zh: [' '] }],
      ['too_many_aliases', { aliases_en: Array.from({ length: 51 }, (_, i) => `a${i}`) }],
      ['too_many_trademarks', { trademarks: Array.from({ length: 21 }, (_, i) => tm({ number: `N${i}` })) }],
    ];
    for (const [want, over] of cases)
      assert.equal(
        code(() => cleanApplication(app(over) as never, TODAY)),
        want,
        JSON.stringify(over),
      );
    assert.equal(
      code(() => cleanApplication(app() as never, TODAY)),
      'no error',
    );
    // A trademark expiring today is still in force.
    assert.equal(
      code(() => cleanApplication(app({ trademarks: [tm({ expires_on: TODAY })] }) as never, TODAY)),
      'no error',
    );
    // The same number at two offices is two trademarks.
    assert.equal(
      code(() => cleanApplication(app({ trademarks: [tm(), tm({ office: 'CNIPA' })] }) as never, TODAY)),
      'no error',
    );
  });

  it('compares trademark numbers by letters and digits only, full-width folded', () => {
    assert.equal(numberKey('us 1,234,567'), 'US1234567');
    assert.equal(numberKey('ＵＳ１２３'), 'US123');
    assert.equal(numberKey('第 12345 号'), '12345');
  });

  it('knows calendar days', () => {
    assert.equal(isCalendarDate('2028-02-29'), true);
    assert.equal(isCalendarDate('2027-02-29'), false);
    assert.equal(isCalendarDate('2027-13-01'), false);
    assert.equal(isCalendarDate('2027-1-01'), false);
  });

  it('covers a sale only within an authorisation’s scope; an unknown line or country is outside a scoped one', () => {
    const jeansPath = ['cat_jeans', 'cat_apparel'];
    assert.equal(covers({ category_id: null, country: null }, {}), true);
    assert.equal(covers({ category_id: 'cat_apparel', country: null }, { categoryPath: jeansPath }), true, 'a parent category covers its sub-categories');
    assert.equal(covers({ category_id: 'cat_jeans', country: null }, { categoryPath: ['cat_apparel'] }), false, 'a sub-category does not cover its parent');
    assert.equal(covers({ category_id: 'cat_apparel', country: null }, {}), false);
    assert.equal(covers({ category_id: null, country: 'CN' }, { country: 'CN' }), true);
    assert.equal(covers({ category_id: null, country: 'CN' }, { country: 'US' }), false);
    assert.equal(covers({ category_id: null, country: 'CN' }, {}), false);
    assert.equal(covers({ category_id: 'cat_jeans', country: 'CN' }, { categoryPath: jeansPath, country: 'CN' }), true);
    assert.equal(covers({ category_id: 'cat_jeans', country: 'CN' }, { categoryPath: jeansPath, country: 'HK' }), false);
  });
});
