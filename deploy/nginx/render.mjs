#!/usr/bin/env node
// Renders tandem.conf.template into an nginx configuration. Settings come from the
// environment (see SETTINGS below and deploy/README.md); nginx's own $variables are left as
// they are, only ${UPPER_CASE} names are filled in, and an unknown or missing name is an error.
//
//   UPSTREAMS=127.0.0.1:3000,127.0.0.1:3001 LISTEN=80 node deploy/nginx/render.mjs > /etc/nginx/tandem.conf
//   node deploy/nginx/render.mjs --out /etc/nginx/tandem.conf --mkdirs
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tandem.conf.template');

/** The settings and their defaults for one machine running nginx as a system service. */
export const SETTINGS = {
  LISTEN: '80',
  SERVER_NAME: '_',
  /** host:port of each app instance, comma-separated; ` backup` after one makes it a spare. */
  UPSTREAMS: '127.0.0.1:3000,127.0.0.1:3001',
  CACHE_DIR: '/var/cache/nginx/tandem',
  CACHE_MAX_SIZE: '1g',
  LOG_DIR: '/var/log/nginx',
  TEMP_DIR: '/var/lib/nginx',
  PID_FILE: '/run/nginx.pid',
  WORKER_PROCESSES: 'auto',
  MIME_TYPES: '/etc/nginx/mime.types',
  /** The user the workers run as when nginx starts as root; empty for nginx's default. */
  USER: 'www-data',
  /** The secret of X-Tandem-Purge (loopback clients only); a random one when not given. */
  PURGE_SECRET: '',
  /** Further http-level blocks (another server), verbatim. */
  EXTRA_HTTP_CONFIG: '',
};

const checks = {
  LISTEN: /^(\[[0-9a-f:]+\]:|[0-9.]+:)?\d{1,5}$/i,
  SERVER_NAME: /^[A-Za-z0-9._* -]+$/,
  CACHE_MAX_SIZE: /^\d+[kmg]?$/i,
  WORKER_PROCESSES: /^(auto|\d+)$/,
  USER: /^[a-z_][a-z0-9_-]*$|^$/,
  PURGE_SECRET: /^[A-Za-z0-9_-]{16,100}$/,
};
const UPSTREAM = /^(\[[0-9a-f:]+\]|[A-Za-z0-9.-]+):\d{1,5}( backup)?$/i;
const ABSOLUTE_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** The configuration text for the given settings (defaults for the rest). */
export function renderNginxConfig(overrides = {}, template = readFileSync(TEMPLATE_FILE, 'utf8')) {
  const s = { ...SETTINGS, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  for (const key of Object.keys(s)) if (!(key in SETTINGS)) throw new Error(`unknown setting ${key}`);
  if (!s.PURGE_SECRET) s.PURGE_SECRET = randomBytes(24).toString('hex');
  for (const [key, re] of Object.entries(checks)) if (!re.test(s[key])) throw new Error(`${key}=${JSON.stringify(s[key])} is not valid`);
  for (const key of ['CACHE_DIR', 'LOG_DIR', 'TEMP_DIR', 'PID_FILE', 'MIME_TYPES']) {
    if (!ABSOLUTE_PATH.test(s[key])) throw new Error(`${key} must be an absolute path, not ${JSON.stringify(s[key])}`);
  }
  const upstreams = s.UPSTREAMS.split(',').map((u) => u.trim());
  for (const u of upstreams) if (!UPSTREAM.test(u)) throw new Error(`UPSTREAMS: ${JSON.stringify(u)} is not host:port [backup]`);
  if (upstreams.every((u) => u.endsWith(' backup'))) throw new Error('UPSTREAMS: at least one instance must not be a backup');
  const values = {
    ...s,
    // One failed attempt takes an instance out for 10 s; the others carry its requests.
    UPSTREAM_SERVERS: upstreams.map((u) => `    server ${u.replace(/ backup$/, '')} max_fails=1 fail_timeout=10s${u.endsWith(' backup') ? ' backup' : ''};`).join('\n'),
    USER_DIRECTIVE: s.USER ? `user ${s.USER};` : '',
  };
  return template.replace(/\$\{([A-Z_]+)\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`template names an unknown setting ${name}`);
    return values[name];
  });
}

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const overrides = Object.fromEntries(Object.keys(SETTINGS).map((key) => [key, process.env[key]]));
  const text = renderNginxConfig(overrides);
  if (args.includes('--mkdirs')) {
    const s = { ...SETTINGS, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
    for (const dir of [s.CACHE_DIR, s.LOG_DIR, ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => path.join(s.TEMP_DIR, d))]) mkdirSync(dir, { recursive: true });
  }
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  if (!process.env.PURGE_SECRET) console.error('PURGE_SECRET was not set: the rendered file carries a random one (see its "1:…" map line).');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
