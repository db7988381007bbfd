-- Lasting blocks: per-locale provenance of block texts, and a ledger of data migrations.
-- CreateTable
CREATE TABLE "DataMigration" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "appliedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BlockText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blockId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attribution" TEXT NOT NULL DEFAULT '',
    "rev" INTEGER NOT NULL DEFAULT 1,
    "writtenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "basedOnRev" INTEGER,
    CONSTRAINT "BlockText_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Existing texts count as written when their piece was last modified, against the other
-- locale's first revision (a data migration then replays each piece's revisions).
INSERT INTO "new_BlockText" ("attribution", "blockId", "id", "locale", "text", "rev", "writtenAt", "basedOnRev")
SELECT t."attribution", t."blockId", t."id", t."locale", t."text", 1,
       COALESCE((SELECT p."modifiedAt" FROM "Block" b JOIN "Piece" p ON p."id" = b."pieceId" WHERE b."id" = t."blockId"), CURRENT_TIMESTAMP), 1
FROM "BlockText" t;
DROP TABLE "BlockText";
ALTER TABLE "new_BlockText" RENAME TO "BlockText";
CREATE UNIQUE INDEX "BlockText_blockId_locale_key" ON "BlockText"("blockId", "locale");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
