-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Piece" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seriesId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "liveVersion" INTEGER NOT NULL DEFAULT 1,
    "firstPublishedAt" DATETIME,
    "modifiedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastEditorId" TEXT,
    "editions" TEXT NOT NULL DEFAULT 'zh-HK,en',
    "translationNote" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Piece_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Piece" ("createdAt", "firstPublishedAt", "id", "kind", "lastEditorId", "liveVersion", "modifiedAt", "position", "publishedAt", "seriesId", "slug", "status", "updatedAt", "version") SELECT "createdAt", "firstPublishedAt", "id", "kind", "lastEditorId", "liveVersion", "modifiedAt", "position", "publishedAt", "seriesId", "slug", "status", "updatedAt", "version" FROM "Piece";
DROP TABLE "Piece";
ALTER TABLE "new_Piece" RENAME TO "Piece";
CREATE INDEX "Piece_seriesId_position_idx" ON "Piece"("seriesId", "position");
CREATE INDEX "Piece_status_publishedAt_idx" ON "Piece"("status", "publishedAt");
CREATE UNIQUE INDEX "Piece_seriesId_slug_key" ON "Piece"("seriesId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
