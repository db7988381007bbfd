// Read-only look into the build directory of the server under test (NEXT_DIST_DIR or .next).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = path.resolve(process.env.NEXT_DIST_DIR || '.next');

/** Every file under the build's server/ tree: prerendered pages and what `next start` caches. */
export function serverFiles(): Set<string> {
  const root = path.join(BUILD_DIR, 'server');
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.add(path.relative(root, full));
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** The paths the build prerendered. */
export function prerenderedRoutes(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(BUILD_DIR, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return new Set(Object.keys(manifest.routes));
}
