-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "checkedById" TEXT,
ADD COLUMN     "checkedByName" TEXT;

-- CreateTable
CREATE TABLE "FigureChange" (
    "id" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT NOT NULL,
    "newValue" TEXT NOT NULL,
    "editorId" TEXT,
    "editorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigureChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FigureChange_figureId_createdAt_idx" ON "FigureChange"("figureId", "createdAt");

-- AddForeignKey
ALTER TABLE "FigureChange" ADD CONSTRAINT "FigureChange_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
