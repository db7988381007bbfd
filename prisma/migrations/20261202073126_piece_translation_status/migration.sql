-- CreateTable
CREATE TABLE "PieceTranslation" (
    "pieceId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "stale" INTEGER NOT NULL DEFAULT 0,
    "missing" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("pieceId", "locale"),
    CONSTRAINT "PieceTranslation_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PieceTranslation_locale_stale_missing_idx" ON "PieceTranslation"("locale", "stale", "missing");
