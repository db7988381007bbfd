// Where photo bytes live, behind one small interface: a local directory (MEDIA_DIR, the
// default) or the database (MEDIA_STORE=database), which several instances can share.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export interface MediaStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key and every key under `key/`. */
  remove(prefix: string): Promise<void>;
}

/** Keys are `<asset id>/<file>`, built here only; anything else is refused, so no key leaves the store. */
const KEY = /^[a-z0-9]{8,40}(\/[a-z0-9]+\.(jpeg|jpg|png|webp|avif))?$/;
function checked(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid media key ${JSON.stringify(key)}`);
  return key;
}

export function directoryStore(dir: string): MediaStore {
  const root = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
  const file = (key: string) => path.join(root, ...checked(key).split('/'));
  return {
    async put(key, bytes) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written beside the target, then renamed: a reader never sees half a file.
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temp, bytes);
      await rename(temp, target);
    },
    async get(key) {
      try {
        return await readFile(file(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async remove(prefix) {
      await rm(file(prefix), { recursive: true, force: true });
    },
  };
}

export function databaseStore(client: Pick<PrismaClient, 'mediaBlob'> = db): MediaStore {
  return {
    async put(key, bytes) {
      const data = new Uint8Array(bytes);
      await client.mediaBlob.upsert({ where: { key: checked(key) }, create: { key, bytes: data }, update: { bytes: data } });
    },
    async get(key) {
      const row = await client.mediaBlob.findUnique({ where: { key: checked(key) }, select: { bytes: true } });
      return row ? Buffer.from(row.bytes) : null;
    },
    async remove(prefix) {
      await client.mediaBlob.deleteMany({ where: { OR: [{ key: checked(prefix) }, { key: { startsWith: `${prefix}/` } }] } });
    },
  };
}

/** The store the settings name. */
export function mediaStore(): MediaStore {
  const { MEDIA_STORE, MEDIA_DIR } = env();
  return MEDIA_STORE === 'database' ? databaseStore() : directoryStore(MEDIA_DIR);
}

export const originalKey = (id: string, format: string) => `${id}/original.${format}`;
export const variantKey = (id: string, width: number, ext: string) => `${id}/w${width}.${ext}`;
