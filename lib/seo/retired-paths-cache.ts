// The retired-paths table in memory, so the proxy answers 410/301 without a database query
// per request: at most one query per RETIRED_PATHS_TTL_MS, shared by concurrent requests.
// The state lives on globalThis so server actions (another bundle, same process) can expire it.
import 'server-only';
import { loadRetiredPaths, type RetiredPath, type RetiredPaths } from './retired-paths';

export const RETIRED_PATHS_TTL_MS = 5_000;

interface State {
  table: RetiredPaths | null;
  loadedAt: number;
  loading: Promise<RetiredPaths> | null;
  /** Bumped by expireRetiredPaths, so a load that started before a change is not kept. */
  generation: number;
}

const KEY = Symbol.for('tandem.seo.retiredPaths');
const holder = globalThis as unknown as { [KEY]?: State };
const state = (): State => (holder[KEY] ??= { table: null, loadedAt: 0, loading: null, generation: 0 });

function refresh(s: State): Promise<RetiredPaths> {
  if (s.loading) return s.loading;
  const generation = s.generation;
  const loading = loadRetiredPaths()
    .then((table) => {
      if (s.generation === generation) {
        s.table = table;
        s.loadedAt = Date.now();
      }
      return table;
    })
    .catch((error: unknown) => {
      // Keep serving the last table; a database hiccup must not take the reader site down.
      console.error('[seo] could not load retired paths; retrying in a few seconds', error);
      if (s.generation === generation) {
        s.table ??= new Map();
        s.loadedAt = Date.now();
      }
      return s.table ?? new Map<string, RetiredPath>();
    })
    .finally(() => {
      if (s.loading === loading) s.loading = null;
    });
  s.loading = loading;
  return loading;
}

/** The status of a retired path, or null when the path is not retired (serve the page). */
export async function lookupRetiredPath(pathname: string): Promise<RetiredPath | null> {
  const s = state();
  const fresh = s.table && Date.now() - s.loadedAt <= RETIRED_PATHS_TTL_MS;
  const table = fresh ? s.table! : await refresh(s);
  return table.get(pathname) ?? null;
}

/** Makes the next lookup wait for a fresh table: call after publishing, unpublishing or renaming. */
export function expireRetiredPaths(): void {
  const s = state();
  s.generation++;
  s.table = null;
  s.loading = null;
}
