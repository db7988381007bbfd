// Before `npm test`: the Debian packages the suites need that npm cannot give: Chromium for
// Playwright, the Noto CJK fonts for Chinese pages in it, and nginx. As root, installs what
// is missing; otherwise names the exact command and stops, rather than failing later.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const fonts = () => {
  try {
    return /Noto Sans CJK/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
if (!fonts()) missing.push('fonts-noto-cjk');
if (!has('sh', ['-c', 'command -v nginx'])) missing.push('nginx');
if (!missing.length) process.exit(0);

const command = `apt-get install -y ${missing.join(' ')}`;
if (process.getuid?.() !== 0) {
  console.error(`The tests need Debian packages that npm cannot install: ${missing.join(', ')}.\nInstall them with:\n  sudo apt-get update && sudo ${command}`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} from Debian`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...missing],
]) {
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed; install them by hand: ${command}`);
    process.exit(1);
  }
}
