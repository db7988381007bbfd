// The audit log as editors read it, on a real database: chart changes and piece saves are
// recorded with the change (saves coalesced per editor and piece), every entry reads as a
// sentence in the reader's language with names and links, unknown actions included, 50 a page.
import { describe, expect, it } from 'vitest';
import { workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

withSeededDatabase();

async function editors() {
  const { createUser } = await import('@/lib/users/mutations');
  const { db } = await import('@/lib/db');
  const existing = await db.user.findUnique({ where: { email: 'mei@example.org' }, select: { id: true } });
  if (existing) return { mei: { id: existing.id, email: 'mei@example.org', name: 'Mei Chan', role: 'editor' as const } };
  const { id } = await createUser({ email: 'mei@example.org', name: 'Mei Chan', role: 'editor' }, 'a long enough password');
  return { mei: { id, email: 'mei@example.org', name: 'Mei Chan', role: 'editor' as const } };
}

/** The entry's sentence as text, `[…]` around the actor and `<href|…>` around a linked target. */
async function sentenceOf(entry: import('@/lib/audit/sentences').AuditEntryView, locale: 'en' | 'zh-hk') {
  const { getTranslations } = await import('next-intl/server');
  const { auditSentence } = await import('@/lib/audit/sentences');
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  const { key, values } = auditSentence(entry, t('system'));
  return t.markup(key, { ...values, actor: (c) => `[${c}]`, target: (c) => (entry.target?.href ? `<${entry.target.href}|${c}>` : c) });
}

describe('the audit log', () => {
  it('records a chart change in its transaction, and reads it as a sentence with the name and a link', async () => {
    const { mei } = await editors();
    const { updateChart } = await import('@/lib/charts/mutations');
    const { chartForEditor } = await import('@/lib/charts/queries');
    const { version, ...input } = (await chartForEditor('api-prices'))!;
    await updateChart({ ...input, texts: { ...input.texts, en: { ...input.texts.en, notes: 'Checked.' } } }, version, mei);
    const { auditPage } = await import('@/lib/audit/queries');
    const { entries } = await auditPage({ action: 'chart.*', page: 1 }, 'en');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'chart.update', actorName: 'Mei Chan', target: { type: 'chart', id: 'api-prices', href: '/admin/charts/api-prices' } });
    expect(await sentenceOf(entries[0]!, 'en')).toBe(`[Mei Chan] edited the chart </admin/charts/api-prices|${entries[0]!.target!.label}>`);
    expect(entries[0]!.target!.label).not.toBe('api-prices');
    expect(await sentenceOf(entries[0]!, 'zh-hk')).toMatch(/^\[Mei Chan\]編輯了圖表<\/admin\/charts\/api-prices\|.+>$/);
  });

  it('records piece saves, one entry per editor and piece while they keep saving, moved to the latest save', async () => {
    const { mei } = await editors();
    const { savePiece } = await import('@/lib/pieces/save');
    const { db } = await import('@/lib/db');
    for (const words of ['One.', 'Two.', 'Three.']) {
      const piece = await workingCopy('ai-talent-flows');
      const content = structuredClone(piece.content);
      content.blocks[1]!.texts.en.text += ` ${words}`;
      await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...content }, mei);
    }
    const piece = await workingCopy('ai-talent-flows');
    const saves = await db.auditEntry.findMany({ where: { action: 'piece.save', targetId: piece.id } });
    expect(saves).toHaveLength(1);
    expect(saves[0]!.summary).toBe(`v${piece.version - 2}–v${piece.version}`);

    const { auditPage } = await import('@/lib/audit/queries');
    const entry = (await auditPage({ action: 'piece.save', page: 1 }, 'en')).entries[0]!;
    expect(await sentenceOf(entry, 'en')).toBe(`[Mei Chan] edited </admin/pieces/${piece.id}|Draft: how AI talent flows are reshaping the global race>`);
    // Titles are read in the reader's language.
    const zh = (await auditPage({ action: 'piece.save', page: 1 }, 'zh-HK')).entries[0]!;
    expect(await sentenceOf(zh, 'zh-hk')).toBe(`[Mei Chan]編輯了</admin/pieces/${piece.id}|【草稿】AI人才流動如何重塑全球競賽>`);
  });

  it('reads an unknown or old action as a generic sentence, and the scheduler as the system', async () => {
    const { writeAudit } = await import('@/lib/audit/write');
    const { db } = await import('@/lib/db');
    const piece = await workingCopy('china-cost-revolution');
    await db.auditEntry.create({
      data: { action: 'piece.archive-v0', actorId: 'gone-user', actorEmail: 'old@example.org', targetType: 'piece', targetId: piece.id, details: 'not json' },
    });
    await writeAudit(db, { action: 'piece.publish', actor: null, target: { type: 'piece', id: piece.id }, summary: 'scheduled' });
    const { auditPage } = await import('@/lib/audit/queries');
    const { entries } = await auditPage({ action: 'piece.*', page: 1 }, 'en');
    const old = entries.find((e) => e.action === 'piece.archive-v0')!;
    expect(await sentenceOf(old, 'en')).toMatch(/^\[old@example\.org\]: “piece\.archive-v0” on <\/admin\/pieces\/.+\|The global AI race/);
    const system = entries.find((e) => e.action === 'piece.publish' && e.actorName === null)!;
    expect(await sentenceOf(system, 'zh-hk')).toMatch(/^\[系統\]發表了</);
  });

  it('pages 50 entries at a time, newest first, saying whether there are newer and older ones', async () => {
    const { writeAudit } = await import('@/lib/audit/write');
    const { db } = await import('@/lib/db');
    for (let i = 0; i < 120; i++) await writeAudit(db, { action: 'user.password', actor: null, target: { type: 'user', id: `u${i}@example.org` } });
    const { auditPage, auditQuerySchema } = await import('@/lib/audit/queries');
    const first = await auditPage({ action: 'user.*', page: 1 }, 'en');
    const second = await auditPage({ action: 'user.*', page: 2 }, 'en');
    const third = await auditPage({ action: 'user.*', page: 3 }, 'en');
    expect([first.entries.length, second.entries.length, third.entries.length]).toEqual([50, 50, 21]);
    expect([first.hasNewer, first.hasOlder, third.hasNewer, third.hasOlder]).toEqual([false, true, true, false]);
    const ids = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(121);
    expect(first.entries[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(third.entries.at(-1)!.createdAt.getTime());
    // A bad page parameter falls back to the first page instead of failing.
    expect(auditQuerySchema.parse({ page: 'x' }).page).toBe(1);
    expect(auditQuerySchema.parse({ page: '-3' }).page).toBe(1);
    expect(auditQuerySchema.parse({ page: '2' }).page).toBe(2);
  });
});
