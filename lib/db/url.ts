// Where the database is: DATABASE_URL, or the embedded SQLite file by default.
export const DEFAULT_DATABASE_URL = 'file:./data/tandem.db';

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}
