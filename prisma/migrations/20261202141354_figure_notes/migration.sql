-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FigureText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "figureId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "FigureText_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FigureText" ("figureId", "id", "label", "locale", "sourceName") SELECT "figureId", "id", "label", "locale", "sourceName" FROM "FigureText";
DROP TABLE "FigureText";
ALTER TABLE "new_FigureText" RENAME TO "FigureText";
CREATE UNIQUE INDEX "FigureText_figureId_locale_key" ON "FigureText"("figureId", "locale");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
