// npm run user:create -- --email <email> --name <name> --role <admin|editor|translator>
//   [--password-stdin] [--reset-password] [--disable] [--enable]
// Creates the first admin (there are no default accounts), resets a password or disables a user.
// The password comes from standard input with --password-stdin, otherwise from a hidden prompt.
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { createInterface } from 'node:readline';
import { createUser, setDisabled, setPassword } from '../lib/users/mutations';
import { passwordSchema } from '../lib/users/password';
import { db } from '../lib/db';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'editor' },
    'ui-locale': { type: 'string', default: 'zh-HK' },
    'password-stdin': { type: 'boolean', default: false },
    'reset-password': { type: 'boolean', default: false },
    disable: { type: 'boolean', default: false },
    enable: { type: 'boolean', default: false },
  },
});

async function readStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, '');
}

function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const mute = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let asked = false;
    mute._writeToOutput = (s: string) => {
      if (!asked) mute.output.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    asked = true;
  });
}

async function password(): Promise<string> {
  const value = values['password-stdin'] ? await readStdin() : await prompt('Password (at least 12 characters): ');
  const checked = passwordSchema.safeParse(value);
  if (!checked.success) throw new Error('The password must be 12 to 256 characters long.');
  return value;
}

async function main(): Promise<string> {
  const email = values.email?.trim().toLowerCase();
  if (!email) throw new Error('--email is required');
  if (values.disable || values.enable) {
    await setDisabled(email, values.disable);
    return `${email} ${values.disable ? 'disabled; their sessions have ended' : 'enabled'}.`;
  }
  if (values['reset-password']) {
    await setPassword(email, await password());
    return `Password of ${email} reset; their sessions have ended.`;
  }
  if (!values.name) throw new Error('--name is required to create a user');
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new Error(`${email} already exists (use --reset-password or --disable)`);
  await createUser({ email, name: values.name, role: values.role as 'editor', uiLocale: values['ui-locale'] as 'zh-HK' }, await password());
  return `Created ${values.role} ${email}. Sign in at /admin/sign-in.`;
}

main().then(
  (message) => {
    console.log(message);
    process.exit(0);
  },
  (error: unknown) => {
    const message = error instanceof ZodError ? error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : error instanceof Error ? error.message : String(error);
    console.error(`user:create failed: ${message.split('\n')[0]}`);
    process.exit(1);
  },
);
