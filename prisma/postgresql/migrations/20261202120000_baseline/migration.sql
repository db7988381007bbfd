-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Series" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeriesText" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "SeriesText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Piece" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "liveVersion" INTEGER NOT NULL DEFAULT 1,
    "firstPublishedAt" TIMESTAMP(3),
    "modifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastEditorId" TEXT,
    "editions" TEXT NOT NULL DEFAULT 'zh-HK,en',
    "translationNote" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Piece_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PieceTranslation" (
    "pieceId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "stale" INTEGER NOT NULL DEFAULT 0,
    "missing" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PieceTranslation_pkey" PRIMARY KEY ("pieceId","locale")
);

-- CreateTable
CREATE TABLE "PieceText" (
    "id" TEXT NOT NULL,
    "pieceId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "seoTitle" TEXT NOT NULL DEFAULT '',
    "seoDescription" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PieceText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL,
    "pieceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "meta" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockText" (
    "id" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attribution" TEXT NOT NULL DEFAULT '',
    "rev" INTEGER NOT NULL DEFAULT 1,
    "writtenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "basedOnRev" INTEGER,

    CONSTRAINT "BlockText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockFigureRef" (
    "blockId" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,

    CONSTRAINT "BlockFigureRef_pkey" PRIMARY KEY ("blockId","figureId")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "currency" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "valueHigh" DOUBLE PRECISION,
    "sourceUrl" TEXT,
    "asOf" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "formula" TEXT,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureText" (
    "id" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,

    CONSTRAINT "FigureText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureRevision" (
    "id" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "oldValue" DOUBLE PRECISION NOT NULL,
    "oldValueHigh" DOUBLE PRECISION,
    "newValue" DOUBLE PRECISION NOT NULL,
    "newValueHigh" DOUBLE PRECISION,
    "reasonZhHK" TEXT NOT NULL,
    "reasonEn" TEXT NOT NULL,
    "editorId" TEXT,
    "editorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigureRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PieceRevision" (
    "id" TEXT NOT NULL,
    "pieceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "editorId" TEXT,
    "editorName" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PieceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "oldSlug" TEXT NOT NULL,
    "pieceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "uiLocale" TEXT NOT NULL DEFAULT 'zh-HK',
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "details" TEXT NOT NULL DEFAULT '{}',
    "ip" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Chart" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "labels" TEXT NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Chart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChartText" (
    "id" TEXT NOT NULL,
    "chartId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL DEFAULT '',
    "axis" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ChartText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChartFigure" (
    "chartId" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "series" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ChartFigure_pkey" PRIMARY KEY ("chartId","figureId")
);

-- CreateTable
CREATE TABLE "DataMigration" (
    "name" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataMigration_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Series_slug_key" ON "Series"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SeriesText_seriesId_locale_key" ON "SeriesText"("seriesId", "locale");

-- CreateIndex
CREATE INDEX "Piece_seriesId_position_idx" ON "Piece"("seriesId", "position");

-- CreateIndex
CREATE INDEX "Piece_status_publishedAt_idx" ON "Piece"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Piece_seriesId_slug_key" ON "Piece"("seriesId", "slug");

-- CreateIndex
CREATE INDEX "PieceTranslation_locale_stale_missing_idx" ON "PieceTranslation"("locale", "stale", "missing");

-- CreateIndex
CREATE UNIQUE INDEX "PieceText_pieceId_locale_key" ON "PieceText"("pieceId", "locale");

-- CreateIndex
CREATE INDEX "Block_pieceId_position_idx" ON "Block"("pieceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BlockText_blockId_locale_key" ON "BlockText"("blockId", "locale");

-- CreateIndex
CREATE INDEX "BlockFigureRef_figureId_idx" ON "BlockFigureRef"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_key_key" ON "Figure"("key");

-- CreateIndex
CREATE UNIQUE INDEX "FigureText_figureId_locale_key" ON "FigureText"("figureId", "locale");

-- CreateIndex
CREATE INDEX "FigureRevision_figureId_createdAt_idx" ON "FigureRevision"("figureId", "createdAt");

-- CreateIndex
CREATE INDEX "FigureRevision_createdAt_idx" ON "FigureRevision"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PieceRevision_pieceId_version_key" ON "PieceRevision"("pieceId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SlugRedirect_seriesId_oldSlug_key" ON "SlugRedirect"("seriesId", "oldSlug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_action_createdAt_idx" ON "AuditEntry"("action", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Chart_key_key" ON "Chart"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ChartText_chartId_locale_key" ON "ChartText"("chartId", "locale");

-- CreateIndex
CREATE INDEX "ChartFigure_figureId_idx" ON "ChartFigure"("figureId");

-- AddForeignKey
ALTER TABLE "SeriesText" ADD CONSTRAINT "SeriesText_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Piece" ADD CONSTRAINT "Piece_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceTranslation" ADD CONSTRAINT "PieceTranslation_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceText" ADD CONSTRAINT "PieceText_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockText" ADD CONSTRAINT "BlockText_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockFigureRef" ADD CONSTRAINT "BlockFigureRef_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockFigureRef" ADD CONSTRAINT "BlockFigureRef_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureText" ADD CONSTRAINT "FigureText_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureRevision" ADD CONSTRAINT "FigureRevision_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceRevision" ADD CONSTRAINT "PieceRevision_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChartText" ADD CONSTRAINT "ChartText_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "Chart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChartFigure" ADD CONSTRAINT "ChartFigure_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "Chart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChartFigure" ADD CONSTRAINT "ChartFigure_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
