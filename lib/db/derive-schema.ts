// One source of truth for the models: prisma/schema.prisma (SQLite). A Prisma schema can name
// only one provider, so the PostgreSQL schema is derived from it by rewriting the provider and
// the client's output folder, nothing else, so the derived file is obviously faithful.
// Used by scripts/prisma-generate.mjs, scripts/db-diff.ts and tests/db/schema-drift.test.ts.

export const SOURCE_SCHEMA = 'prisma/schema.prisma';
export const POSTGRES_SCHEMA = 'prisma/postgresql/schema.prisma';
export const DERIVED_HEADER = '// generated from prisma/schema.prisma by npm run db:generate; do not edit\n';

/** Replaces the one `key = value` line inside `block name { ... }`; throws if it is not there once. */
function rewriteBlockField(text: string, block: string, key: string, value: string): string {
  const blockRe = new RegExp(`(^${block}\\s*\\{[^}]*?^\\s*${key}\\s*=\\s*)"[^"\\n]*"`, 'm');
  const matches = text.match(new RegExp(blockRe.source, 'gm')) ?? [];
  if (matches.length !== 1) throw new Error(`${SOURCE_SCHEMA}: expected one ${key} in "${block}", found ${matches.length}`);
  return text.replace(blockRe, `$1"${value}"`);
}

/** The PostgreSQL schema for a source schema's text. Pure: text in, text out. */
export function deriveSchema(source: string): string {
  let out = rewriteBlockField(source, 'datasource db', 'provider', 'postgresql');
  out = rewriteBlockField(out, 'generator client', 'output', '../../lib/generated/prisma-postgresql');
  return DERIVED_HEADER + out;
}
