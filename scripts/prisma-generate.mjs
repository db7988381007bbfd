// Runs `prisma generate` offline, for both providers. The Prisma CLI tries to download its
// native schema engine on start-up, which this network blocks; generate never uses it, so
// pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download.
// One schema names one provider and Prisma 7 refuses an adapter of another provider, so the
// PostgreSQL schema is first derived from prisma/schema.prisma (lib/db/derive-schema.ts),
// then each schema gets its own client (lib/generated/prisma, lib/generated/prisma-postgresql).
// The committed prisma/postgresql/schema.prisma is the datamodel the PostgreSQL migration
// history ends at, so only db:diff moves it forward (with a migration); here it is written
// only when missing, and the client is generated from a scratch copy next to it (the
// client's output path is relative to the schema file).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
const { deriveSchema, SOURCE_SCHEMA, POSTGRES_SCHEMA } = await tsImport('../lib/db/derive-schema.ts', import.meta.url);

const derived = deriveSchema(readFileSync(SOURCE_SCHEMA, 'utf8'));
mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
if (!existsSync(POSTGRES_SCHEMA)) writeFileSync(POSTGRES_SCHEMA, derived);
const scratch = path.join(path.dirname(POSTGRES_SCHEMA), '.generate.schema.prisma');
writeFileSync(scratch, derived);
if (readFileSync(POSTGRES_SCHEMA, 'utf8') !== derived) {
  console.log(`${SOURCE_SCHEMA} has changes without a migration: run npm run db:diff -- --name <name> to write both providers' migrations.`);
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const cli = require.resolve('prisma/build/index.js');
let status = 0;
try {
  for (const schema of [SOURCE_SCHEMA, scratch]) {
    status = spawnSync(process.execPath, [cli, 'generate', '--schema', schema], { stdio: 'inherit', env }).status ?? 1;
    if (status !== 0) break;
  }
} finally {
  rmSync(scratch, { force: true });
}
process.exit(status);
