// Creating figures from the editors' desk against a real database: valid figures and ranges
// are stored and read in both locales, currency rules hold, a taken key is a field error
// (also when two editors race for it), and anything but a plain decimal is refused.
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

const editor = { id: 'u1', email: 'Ed@Example.org', name: 'Ed Itor' };
const base = {
  kind: 'count',
  value: '1250',
  asOf: '2025-06-30',
  currency: '',
  valueHigh: '',
  sourceUrl: 'https://example.org/report',
  label: { 'zh-HK': '香港AI初創企業數目', en: 'AI start-ups in Hong Kong' },
  sourceName: { 'zh-HK': '數碼港', en: 'Cyberport' },
};

withSeededDatabase();

async function codesOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const { ZodError } = await import('zod');
  const { FigureFieldError } = await import('@/lib/figures/create');
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  if (e instanceof FigureFieldError) return e.fields;
  if (e instanceof ZodError) return Object.fromEntries(e.issues.map((i) => [i.path.join('.'), i.message]));
  throw new Error(`expected a field error, got ${String(e)}`);
}

describe('createFigure', () => {
  it('stores a figure typed into the form, shown in both locales, on the public data index and in the picker, with an audit entry', async () => {
    const { createFigure } = await import('@/lib/figures/create');
    const { figurePickerOptions } = await import('@/lib/figures/admin-queries');
    const { db } = await import('@/lib/db');
    const result = await createFigure({ ...base, key: 'hk-ai-startups' }, editor);
    expect(result).toEqual({ key: 'hk-ai-startups', tags: ['figures', 'figure:hk-ai-startups'] });

    const picker = (await figurePickerOptions()).find((o) => o.key === 'hk-ai-startups');
    expect(picker).toMatchObject({ labelEn: 'AI start-ups in Hong Kong', labelZhHK: '香港AI初創企業數目', display: { full: { en: '1,250' } } });
    const row = await db.figure.findUniqueOrThrow({ where: { key: 'hk-ai-startups' } });
    expect(row).toMatchObject({ value: 1250, valueHigh: null, currency: null, sourceUrl: 'https://example.org/report', version: 1 });
    expect(row.asOf.toISOString()).toBe('2025-06-30T00:00:00.000Z');
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'figure.create' } });
    expect(audit).toMatchObject({ actorEmail: 'ed@example.org', targetId: 'hk-ai-startups' });
  });

  it('stores a range and a currency figure, upper-casing the code', async () => {
    const { createFigure } = await import('@/lib/figures/create');
    const { db } = await import('@/lib/db');
    await createFigure({ ...base, key: 'hk-ai-growth', kind: 'percent', value: '12.5', valueHigh: '15' }, editor);
    await createFigure({ ...base, key: 'hk-ai-fund', kind: 'currency', currency: 'hkd', value: '10000000000', sourceUrl: '' }, editor);
    expect(await db.figure.findUniqueOrThrow({ where: { key: 'hk-ai-growth' } })).toMatchObject({ value: 12.5, valueHigh: 15 });
    expect(await db.figure.findUniqueOrThrow({ where: { key: 'hk-ai-fund' } })).toMatchObject({ currency: 'HKD', sourceUrl: null });
  });

  it('enforces the currency rules and the order of a range', async () => {
    const { createFigure } = await import('@/lib/figures/create');
    expect(await codesOf(createFigure({ ...base, key: 'no-code', kind: 'currency' }, editor))).toEqual({ currency: 'currency.required' });
    expect(await codesOf(createFigure({ ...base, key: 'stray-code', currency: 'USD' }, editor))).toEqual({ currency: 'currency.forbidden' });
    expect(await codesOf(createFigure({ ...base, key: 'bad-code', kind: 'currency', currency: 'US$' }, editor))).toEqual({ currency: 'currency.format' });
    expect(await codesOf(createFigure({ ...base, key: 'bad-range', value: '5', valueHigh: '5' }, editor))).toEqual({ valueHigh: 'range.order' });
  });

  it('refuses hostile or non-decimal values at the value field and writes nothing', async () => {
    const { createFigure } = await import('@/lib/figures/create');
    const { db } = await import('@/lib/db');
    const before = await db.figure.count();
    for (const value of ['0x10', '1e3', '-1e308', 'NaN', 'Infinity', '1,000', '12 500', '٣', '9'.repeat(400)]) {
      expect(await codesOf(createFigure({ ...base, key: 'hostile', value }, editor)), value).toEqual({ value: 'number.decimal' });
    }
    expect(await codesOf(createFigure({ ...base, key: 'hostile', value: '' }, editor))).toEqual({ value: 'required' });
    expect(await codesOf(createFigure({ ...base, key: 'hostile', value: '1000000000000000000000' }, editor))).toEqual({ value: 'number.tooLarge' });
    expect(await codesOf(createFigure({ ...base, key: 'hostile', value: 1e308 }, editor))).toEqual({ value: 'number.tooLarge' });
    expect(await codesOf(createFigure({ ...base, key: 'hostile', valueHigh: '1e4' }, editor))).toEqual({ valueHigh: 'number.decimal' });
    expect(await db.figure.count()).toBe(before);
  });

  it('refuses a badly formed key, a reserved key, an unreal date and a non-web source address', async () => {
    const { createFigure } = await import('@/lib/figures/create');
    const codes = await codesOf(createFigure({ ...base, key: 'Bad Key', asOf: '2025-02-30', sourceUrl: 'javascript:alert(1)', label: { 'zh-HK': ' ', en: 'x' } }, editor));
    expect(codes).toEqual({ key: 'key.format', asOf: 'date.invalid', sourceUrl: 'url.invalid', 'label.zh-HK': 'required' });
    expect(await codesOf(createFigure({ ...base, key: 'new' }, editor))).toEqual({ key: 'key.reserved' });
  });

  it('answers a key that exists with a field error, also when two editors create it at once', async () => {
    const { createFigure } = await import('@/lib/figures/create');
    const { db } = await import('@/lib/db');
    expect(await codesOf(createFigure({ ...base, key: 'deepseek-r1-input-price' }, editor))).toEqual({ key: 'key.taken' });
    const results = await Promise.allSettled([createFigure({ ...base, key: 'race-key' }, editor), createFigure({ ...base, key: 'race-key', value: '2' }, editor)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(await codesOf(Promise.reject(lost.reason))).toEqual({ key: 'key.taken' });
    expect(await db.figure.count({ where: { key: 'race-key' } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: 'figure.create', targetId: 'race-key' } })).toBe(1);
  });
});

describe('figure field errors', () => {
  it('words the codes in the editor’s language, from the figures’ catalogue first', async () => {
    const { figureFieldMessages } = await import('@/lib/figures/field-errors');
    const { getTranslations } = await import('next-intl/server');
    const en = await getTranslations({ locale: 'en', namespace: 'Admin' });
    const zh = await getTranslations({ locale: 'zh-hk', namespace: 'Admin' });
    const codes = { value: 'number.decimal', key: 'key.taken', valueHigh: 'range.order', x: 'no.such.code' };
    const say = (t: typeof en) => figureFieldMessages(t as never, codes);
    expect(say(en)).toEqual({
      value: 'Enter a plain decimal number, such as 109.1 (no exponents, letters or separators).',
      key: 'Another figure already uses this key.',
      valueHigh: 'The high value must be above the value.',
      x: 'This field is not valid.',
    });
    expect(say(zh).key).toBe('另一個數字已使用這個鍵。');
  });
});
