// The physical limit: one HTML file served by Debian's nginx from disk (pre-compressed,
// one worker like the one Node process), with a throwaway config on a loopback port.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { waitForUp } from './http';

export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export function nginxConfig(dir: string, port: number): string {
  const t = (name: string) => `${name}_temp_path ${path.join(dir, 'tmp', name)};`;
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(t).join('\n  ')}
  types { text/html html; }
  default_type text/html;
  gzip_static on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${path.join(dir, 'www')};
  }
}
`;
}

export async function startNginx(html: Buffer, port: number): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-nginx-'));
  chmodSync(dir, 0o755);
  // World-readable: nginx's worker runs as an unprivileged user.
  for (const sub of ['www', 'tmp']) mkdirSync(path.join(dir, sub), { mode: 0o755 });
  writeFileSync(path.join(dir, 'www', 'article.html'), html);
  writeFileSync(path.join(dir, 'www', 'article.html.gz'), gzipSync(html));
  writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, port));
  const child = spawn(NGINX_BIN, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    child.kill('SIGQUIT');
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500).unref();
  };
  const url = `http://127.0.0.1:${port}/article.html`;
  try {
    await waitForUp(url, 10_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, stop };
}
