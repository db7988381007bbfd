// Where the database is: DATABASE_URL, or the embedded SQLite file by default (lib/env.ts).
import { env } from '../env';

export function databaseUrl(): string {
  return env().DATABASE_URL;
}
