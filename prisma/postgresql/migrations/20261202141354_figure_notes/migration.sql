-- AlterTable
ALTER TABLE "FigureText" ADD COLUMN     "note" TEXT NOT NULL DEFAULT '';
