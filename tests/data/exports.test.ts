// The open-data exports, parsed back and compared with the database.
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/lib/data/csv';
import { withSeededDatabase } from '../helpers/seeded-db';


withSeededDatabase();

describe('CSV writing', () => {
  it('starts with a BOM, ends lines with CRLF and quotes commas, quotes and line breaks', () => {
    const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', null], [' padded', 3.5]]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv).toContain('"x,y","say ""hi"""\r\n"line\nbreak",\r\n" padded",3.5\r\n');
    expect(parseCsv(csv)).toEqual([['a', 'b'], ['x,y', 'say "hi"'], ['line\nbreak', ''], [' padded', '3.5']]);
  });
});

describe('figure exports', () => {
  it('the CSV holds every figure with both locales’ labels, sources and as-of dates, as stored', async () => {
    const { figuresCsv } = await import('@/lib/data/exports');
    const { db } = await import('@/lib/db');
    const [header, ...rows] = parseCsv(await figuresCsv());
    const col = (name: string) => header!.indexOf(name);
    const stored = await db.figure.findMany({ include: { texts: true }, orderBy: { key: 'asc' } });
    expect(rows).toHaveLength(stored.length);
    for (const [i, f] of stored.entries()) {
      const row = rows[i]!;
      expect(row[col('key')]).toBe(f.key);
      expect(Number(row[col('value')])).toBe(f.value);
      expect(row[col('label_zh_HK')]).toBe(f.texts.find((t) => t.locale === 'zh-HK')!.label);
      expect(row[col('label_en')]).toBe(f.texts.find((t) => t.locale === 'en')!.label);
      expect(row[col('source_en')]).toBe(f.texts.find((t) => t.locale === 'en')!.sourceName);
      expect(row[col('as_of')]).toBe(f.asOf.toISOString().slice(0, 10));
    }
    const price = rows.find((r) => r[col('key')] === 'deepseek-r1-input-price')!;
    expect([price[col('display_zh_HK')], price[col('display_en')]]).toEqual(['0.55美元', '$0.55']);
  });

  it('the JSON matches the database too', async () => {
    const { figureRecords } = await import('@/lib/data/exports');
    const { db } = await import('@/lib/db');
    const records = JSON.parse(JSON.stringify(await figureRecords())) as { key: string; value: number; formula: string | null; label: Record<string, string> }[];
    expect(records).toHaveLength(await db.figure.count());
    expect(records.find((r) => r.key === 'china-dc-electricity-2035')).toMatchObject({
      formula: '{{china-dc-electricity-2024}} * {{china-dc-electricity-2035-multiple}}',
      label: { en: 'Electricity used by China’s data centres, 2035 projection (derived from 2024 use and the multiple)' },
    });
    expect(records.find((r) => r.key === 'uk-private-ai-investment-2024')).toMatchObject({ value: 4.5e9, formula: null });
  });

  it('each chart has its own CSV, in chart order, and an unknown chart has none', async () => {
    const { chartCsv } = await import('@/lib/data/exports');
    const [header, ...rows] = parseCsv((await chartCsv('hai-us-china-gap'))!);
    expect(header!.slice(0, 4)).toEqual(['chart', 'category', 'category_zh_HK', 'category_en']);
    expect(rows.map((r) => [r[1], r[header!.indexOf('value')]])).toEqual([['mmlu', '0.3'], ['mmmu', '8.1'], ['math', '1.6'], ['humaneval', '3.7']]);
    expect(await chartCsv('no-such-chart')).toBeNull();
  });
});
