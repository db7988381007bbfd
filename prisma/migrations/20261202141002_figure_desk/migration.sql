-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "checkedAt" DATETIME;
ALTER TABLE "Figure" ADD COLUMN "checkedById" TEXT;
ALTER TABLE "Figure" ADD COLUMN "checkedByName" TEXT;

-- CreateTable
CREATE TABLE "FigureChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "figureId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT NOT NULL,
    "newValue" TEXT NOT NULL,
    "editorId" TEXT,
    "editorName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FigureChange_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FigureChange_figureId_createdAt_idx" ON "FigureChange"("figureId", "createdAt");
