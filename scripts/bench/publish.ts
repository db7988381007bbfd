// Freshness of a publish: an editor creates a follow-up, writes it, saves it and publishes it
// through the panel's Server Actions; then, from the publish, how long until the article
// answers in both locales and until the series and front pages list it. (The end-to-end
// suite checks that they do; how soon is measured here, on a machine kept quiet for it.)
import { performance } from 'node:perf_hooks';
import { callAction, pieceVersion, type EditorSession } from './editor';
import { request } from './http';

const ACTIONS = 'app/admin/actions/pieces.ts';

export interface PublishRound {
  /** The publish Server Action's own time. */
  actionMs: number;
  /** From the publish to both locales' article answering 200 with the new text. */
  articleMs: number;
  /** From the publish to the series page (en) and the front page (zh-HK) listing it. */
  listedMs: number;
}

function content(slug: string, n: number) {
  const paragraph = (zh: string, en: string) => ({ type: 'paragraph' as const, meta: {}, texts: { 'zh-HK': { text: zh, attribution: '' }, en: { text: en, attribution: '' } } });
  return {
    slug,
    texts: {
      'zh-HK': { title: `基準續篇第${n}篇`, standfirst: `基準測試的續篇第${n}篇,量度發佈後多久上線。`, seoTitle: '', seoDescription: '' },
      en: { title: `Benchmark follow-up ${n}`, standfirst: `Benchmark follow-up ${n}: how soon a publish reaches readers.`, seoTitle: '', seoDescription: '' },
    },
    blocks: [paragraph(`續篇第${n}篇的第一段。`, `The first paragraph of follow-up ${n}.`)],
  };
}

/** One new follow-up in `series`, published; polls the four pages until each shows it (30 s at most). */
export async function publishAndWatch(server: { origin: string; distDir: string; databaseFile: string }, session: EditorSession, series: string, n: number): Promise<PublishRound> {
  const o = server.origin;
  const slug = `bench-follow-up-${n}`;
  const c = content(slug, n);
  const created = await callAction<{ id: string }>(
    o,
    server.distDir,
    session,
    { file: ACTIONS, name: 'createPieceAction', page: '/admin/pieces/new' },
    { seriesSlug: series, slug, titleZhHK: c.texts['zh-HK'].title, titleEn: c.texts.en.title },
  );
  const pieceId = created.data.id;
  const page = `/admin/pieces/${pieceId}`;
  await callAction(o, server.distDir, session, { file: ACTIONS, name: 'savePieceAction', page }, { pieceId, baseVersion: pieceVersion(server.databaseFile, pieceId), ...c });

  const watched = {
    zh: { path: `/zh-hk/${series}/${slug}`, text: c.texts['zh-HK'].standfirst },
    en: { path: `/en/${series}/${slug}`, text: c.texts.en.standfirst },
    series: { path: `/en/${series}`, text: c.texts.en.title },
    front: { path: '/zh-hk', text: c.texts['zh-HK'].title },
  };
  const seen: Partial<Record<keyof typeof watched, number>> = {};
  const t0 = performance.now();
  const published = await callAction(o, server.distDir, session, { file: ACTIONS, name: 'publishPieceAction', page }, { pieceId });
  const until = t0 + 30_000;
  while (Object.keys(seen).length < 4 && performance.now() < until) {
    for (const [id, w] of Object.entries(watched) as [keyof typeof watched, { path: string; text: string }][]) {
      if (seen[id] !== undefined) continue;
      const r = await request(o + w.path, { headers: { 'accept-encoding': 'identity' } });
      if (r.status === 200 && r.body.toString().includes(w.text)) seen[id] = performance.now() - t0;
    }
  }
  const missing = Object.keys(watched).filter((id) => seen[id as keyof typeof watched] === undefined);
  if (missing.length) throw new Error(`${slug} not visible on ${missing.map((id) => watched[id as keyof typeof watched].path).join(', ')} within 30 s of publishing`);
  return { actionMs: published.ms, articleMs: Math.max(seen.zh!, seen.en!), listedMs: Math.max(seen.series!, seen.front!) };
}
