// npm run serve (after db:setup and next build): `next start` on a newcomer's machine. A
// production server needs NEXTAUTH_SECRET; when it is not set, this passes the checkout's own
// key from data/.auth-secret (git-ignored, generated on first run, the same one `npm run dev`
// uses). A real deployment sets NEXTAUTH_SECRET and runs `npm start`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { localAuthSecret } from '../lib/auth/secret';

const given = process.env.NEXTAUTH_SECRET?.trim();
if (!given) console.log('NEXTAUTH_SECRET is not set: signing sessions with the key in data/.auth-secret (this checkout only).');
const secret = given || localAuthSecret();
// Next's own entry point, not `npx next`: npx would not pass a SIGTERM on, and the server would outlive this script.
const nextBin = fileURLToPath(import.meta.resolve('next/dist/bin/next'));
const server = spawn(process.execPath, [nextBin, 'start', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, NEXTAUTH_SECRET: secret } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
