// Block ids: given once, when a block is created (in the editor, the seed or a migration),
// and kept through edits, moves and revisions. Shared by the editor and the server.

/** Existing rows carry cuids; new blocks get 12 random base-36 characters. */
export const BLOCK_ID_PATTERN = /^[A-Za-z0-9_-]{6,40}$/;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newBlockId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  // 256 is not a multiple of 36; the slight bias does not matter for uniqueness at 62 bits.
  return (
    'b' +
    Array.from(bytes, (b) => ALPHABET[b % 36])
      .join('')
      .slice(0, 11)
  );
}

/** The element id of a block on reader pages: the same in every locale, so one link fits both. */
export function blockAnchor(blockId: string): string {
  return `b-${blockId}`;
}
