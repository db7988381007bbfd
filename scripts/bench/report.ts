// The run as tables: plain text for the terminal, Markdown for bench/latest.md.
import { bytes, markdownTable, num, pct, range, textTable } from './format';
import type { BenchResults, GrowthBuild } from './results';
import { targetStatuses } from './targets';

export interface Section {
  title: string;
  header: string[];
  rows: string[][];
}

const ms = (v: number) => `${num(v)} ms`;

/** "48 s (1,220 pages)": next build's time and how many pages it prerendered. */
function buildTime(b: GrowthBuild): string {
  if (b.error) return `failed: ${b.error}`;
  const pages = b.pagesGenerated === null ? '' : ` (${num(b.pagesGenerated, 0)} pages)`;
  return `${num(b.seconds, 0)} s${pages}${b.warmCache ? '' : ', cold cache'}`;
}

export function sections(r: BenchResults): Section[] {
  const out: Section[] = [];
  out.push({
    title: 'Throughput (ratios per round, median (min–max))',
    header: ['page', 'vs about', 'vs nginx', 'req/s', 'p50', 'p99', 'failures'],
    rows: r.throughput.map((t) =>
      t.unavailable
        ? [t.label, '–', '–', t.unavailable, '', '', '']
        : [
            t.label,
            t.ratioToAbout ? range(t.ratioToAbout, pct) : '–',
            t.ratioToNginx ? range(t.ratioToNginx, pct) : '–',
            range(t.rps, (v) => num(v, 0)),
            range(t.p50Ms, ms),
            range(t.p99Ms, ms),
            String(t.failures),
          ],
    ),
  });
  out.push({
    title: 'Render cost without cache (zh-HK article, concurrency 1)',
    header: ['', 'p50', 'p99'],
    rows: [
      ['cached', range(r.render.cachedP50, ms), range(r.render.cachedP99, ms)],
      ['fresh render', range(r.render.freshP50, ms), range(r.render.freshP99, ms)],
      ['fresh ÷ cached (p50)', `×${range(r.render.p50Ratio)}`, ''],
    ],
  });
  out.push({
    title: `Freshness (figure ${r.freshness.figure}, ${r.freshness.roundsMs.length} revisions)`,
    header: ['', 'median (min–max)'],
    rows: [
      ['save → both locales show it', range(r.freshness.bothMs, ms)],
      ['of which the save (Server Action)', range(r.freshness.actionMs, ms)],
      ['after the save returned', range(r.freshness.afterSaveMs, ms)],
    ],
  });
  out.push({
    title: `Freshness of a publish (a new follow-up in ${r.publish.series}, ${r.publish.roundsMs.length} publishes)`,
    header: ['', 'median (min–max)'],
    rows: [
      ['publish → article live in both locales', range(r.publish.articleMs, ms)],
      ['publish → listed on the series and front pages', range(r.publish.listedMs, ms)],
      ['of which the publish (Server Action)', range(r.publish.actionMs, ms)],
    ],
  });
  out.push({
    title: 'Weight (gzip)',
    header: ['page', 'HTML', 'JS', 'JS beyond floor'],
    rows: Object.entries(r.weight).map(([id, w]) => [id, bytes(w.htmlGzip), bytes(w.jsGzip), bytes(w.jsBeyondFloorGzip)]),
  });
  out.push({
    title: 'Lighthouse (mobile, median)',
    header: ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'runs', 'failed audits'],
    rows: Object.entries(r.lighthouse).map(([id, l]) => [
      id,
      String(l.median.performance),
      String(l.median.accessibility),
      String(l.median.bestPractices),
      String(l.median.seo),
      ms(l.median.lcpMs),
      num(l.median.cls, 3),
      ms(l.median.tbtMs),
      String(l.runs.length),
      l.median.failed.join(', ') || 'none',
    ]),
  });
  if (r.growth.length) {
    const pageIds = r.growth[0]!.pages.map((p) => p.id);
    out.push({
      title: 'Growth: fresh render ms at concurrency 1, median (min–max)',
      header: ['pieces', ...pageIds, '1% revision save', 'pieces touched', 'visible after', 'DB size', 'build time'],
      rows: r.growth.map((g) => [
        num(g.pieces, 0),
        ...pageIds.map((id) => {
          const p = g.pages.find((x) => x.id === id)!;
          return p.error ? `failed: ${p.error.replace(/^http:\/\/[^ ]+ /, '')}` : range(p.coldMs);
        }),
        ms(g.revision.actionMs),
        String(g.revision.piecesTouched),
        ms(g.revision.freshMs),
        bytes(g.dbBytes),
        buildTime(g.build),
      ]),
    });
    out.push({
      title: 'Growth: the proxy on a cached synthetic article (concurrency 1)',
      header: ['pieces', 'retired paths', 'cached p50', 'cached p99', 'cached max', 'requests', 'old slug → 301 p50'],
      rows: r.growth.map((g) => [
        num(g.pieces, 0),
        num(g.proxy.retiredPaths, 0),
        ...(g.proxy.error
          ? [`failed: ${g.proxy.error}`, '', '', '', '']
          : [ms(g.proxy.cachedP50Ms), ms(g.proxy.cachedP99Ms), ms(g.proxy.cachedMaxMs), num(g.proxy.requests, 0), ms(g.proxy.retiredP50Ms)]),
      ]),
    });
    out.push({
      title: 'Growth: cached req/s (concurrency 32) and HTML gzip',
      header: ['pieces', ...pageIds.flatMap((id) => [`${id} req/s`, `${id} gzip`])],
      rows: r.growth.map((g) => [num(g.pieces, 0), ...g.pages.flatMap((p) => [p.cachedRps === null ? 'dynamic' : num(p.cachedRps, 0), bytes(p.htmlGzip)])]),
    });
  }
  out.push({ title: 'Targets', header: ['target', 'status', 'figure'], rows: targetStatuses(r).map((t) => [t.target, t.verdict, t.figure]) });
  return out;
}

export function machineLine(r: BenchResults): string {
  const m = r.machine;
  return `${r.mode} run, ${r.startedAt}, commit ${r.commit.hash.slice(0, 7)}${r.commit.dirty ? ' (with uncommitted changes)' : ''}; ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; load average ${m.loadAverage.start[0]} at the start, ${m.loadAverage.end[0]} at the end, ${m.otherNextServersAtStart} other Next servers running at the start; ${r.settings.rounds} rounds of ${r.settings.seconds} s at ${r.settings.connections} connections; took ${Math.round(r.durationSeconds)} s`;
}

export function textReport(r: BenchResults): string {
  return [machineLine(r), ...sections(r).map((s) => `\n${s.title}\n${textTable(s.header, s.rows)}`), ...r.notes.map((n) => `note: ${n}`)].join('\n');
}

export function markdownReport(r: BenchResults): string {
  return [
    '# Latest benchmark run',
    '',
    `Written by \`npm run bench\`. ${machineLine(r)}.`,
    ...sections(r).flatMap((s) => ['', `## ${s.title}`, '', markdownTable(s.header, s.rows)]),
    '',
    '## Notes',
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
