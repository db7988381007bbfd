// The crawler again, after the editors' journeys have changed the data (project
// "crawler-after-edits" in playwright.config.ts): an editor revises a figure, and its new value
// must reach dateModified, the correction in JSON-LD, the sitemap's lastmod and the feeds;
// then the whole site must still be consistent for a crawler.
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { crawlTests, newsArticle, parseXml, readSitemaps, visit } from './helpers/crawl';
import { signIn } from './helpers/sign-in';

test.describe.configure({ mode: 'serial' });

const FEATURE = '/global-ai-race/china-cost-revolution';

test('after an editor revises a figure, dateModified, lastmod, the correction and the feeds move', async ({ browser, page, request, baseURL }) => {
  const before = await readSitemaps(request);
  const lastmodBefore = (locale: string) => before.entries.get(`${baseURL}/${locale}${FEATURE}`)!.lastmod;
  const ldBefore = newsArticle(await visit(page, `/en${FEATURE}`));
  const correctionsBefore = (ldBefore.correction ?? []).length;

  const editor = await browser.newPage();
  await signIn(editor, ACCOUNTS.editor);
  await editor.goto('/admin/figures/llama3-mmlu');
  const form = editor.getByTestId('revise-form');
  await form.getByLabel('New value').fill('88.6');
  await form.getByLabel('Reason (Chinese)').fill('Meta更正基準分數');
  await form.getByLabel('Reason (English)').fill('Meta corrected the benchmark score');
  await form.getByRole('button', { name: 'Save revision' }).click();
  await expect(form.getByTestId('revision-result')).toHaveText(/Revised/);
  await editor.close();

  const after = await readSitemaps(request);
  for (const locale of ['zh-hk', 'en']) {
    const ld = newsArticle(await visit(page, `/${locale}${FEATURE}`));
    expect(new Date(ld.dateModified).getTime()).toBeGreaterThan(new Date(ldBefore.dateModified).getTime());
    expect(ld.datePublished).toBe(ldBefore.datePublished);
    const lastmod = after.entries.get(`${baseURL}/${locale}${FEATURE}`)!.lastmod;
    expect(lastmod > lastmodBefore(locale)).toBe(true);
    expect(new Date(lastmod).getTime()).toBe(Math.floor(new Date(ld.dateModified).getTime() / 1000) * 1000);
    expect(ld.correction).toHaveLength(correctionsBefore + 1);
    const latest = ld.correction.at(-1);
    expect(latest['@type']).toBe('CorrectionComment');
    expect(latest.text).toMatch(locale === 'en' ? /88\.5% to 88\.6%\. Reason: Meta corrected the benchmark score/ : /由88\.5%修訂為88\.6%。原因：Meta更正基準分數/);
    // The correction and the piece's modified date come from one save (two stored dates, not a timing).
    const secondsApart = Math.abs(Date.parse(latest.datePublished) - Date.parse(ld.dateModified)) / 1000;
    expect(secondsApart).toBeLessThan(60);
    // The front and series pages' lastmod follow their newest piece.
    expect(after.entries.get(`${baseURL}/${locale}`)!.lastmod >= lastmod).toBe(true);
    expect(after.entries.get(`${baseURL}/${locale}/global-ai-race`)!.lastmod >= lastmod).toBe(true);
  }
  const atom = parseXml(await (await request.get('/en/atom.xml')).text());
  const entry = atom.feed.entry.find((e: Record<string, any>) => e.link[0]['@href'] === `${baseURL}/en${FEATURE}`);
  expect(entry.updated).toBe(after.entries.get(`${baseURL}/en${FEATURE}`)!.lastmod);
  expect(entry.content['#text']).toContain('88.6%');
});

// Editors' test pieces have short standfirsts: lengths are checked against the limits only.
crawlTests("after the editors' changes, a crawler", {
  minLengths: false,
  onSitemaps: ({ site }, baseURL) => {
    expect(site.entries.has(`${baseURL}/en${FEATURE}`)).toBe(true);
    // The follow-ups the editors published are listed, in both languages.
    expect([...site.entries.keys()].filter((u) => u.endsWith('/ai-talent-flows')).length).toBe(2);
  },
});
