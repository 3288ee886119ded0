-- Per set, how many FINISHED attempts have each stored total, as signed changes (see the model
-- SetTotalDelta): whatever writes an attempt (a status, a total made stale or recomputed, a
-- deletion, cascades included), the same transaction adds -1 for the row as it was and +1 for the
-- row as it is. Only inserts, so no writer waits on another's row lock. The maintenance sweep
-- collapses each set's rows (apps/api/src/reports/attempt-totals.ts).
--
-- Semicolons inside the function body are written \073 (see attempt_total_triggers: Prisma's
-- migration runner splits a script at every semicolon).

-- CreateTable
CREATE TABLE "SetTotalDelta" (
    "id" BIGSERIAL NOT NULL,
    "questionSetId" TEXT NOT NULL,
    "totalScore" DOUBLE PRECISION,
    "change" INTEGER NOT NULL,

    CONSTRAINT "SetTotalDelta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SetTotalDelta_questionSetId_idx" ON "SetTotalDelta"("questionSetId");

CREATE FUNCTION "count_attempt_total"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF TG_OP <> ''INSERT'' AND OLD."status" = ''FINISHED'' THEN INSERT INTO "SetTotalDelta" ("questionSetId", "totalScore", "change") VALUES (OLD."questionSetId", OLD."totalScore", -1)\073 END IF\073 IF TG_OP <> ''DELETE'' AND NEW."status" = ''FINISHED'' THEN INSERT INTO "SetTotalDelta" ("questionSetId", "totalScore", "change") VALUES (NEW."questionSetId", NEW."totalScore", 1)\073 END IF\073 RETURN NULL\073 END';

CREATE TRIGGER "Attempt_inserted_count_total" AFTER INSERT OR DELETE ON "Attempt"
  FOR EACH ROW EXECUTE FUNCTION "count_attempt_total"();

CREATE TRIGGER "Attempt_updated_count_total" AFTER UPDATE OF "status", "totalScore", "questionSetId" ON "Attempt"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."totalScore" IS DISTINCT FROM NEW."totalScore" OR OLD."questionSetId" IS DISTINCT FROM NEW."questionSetId")
  EXECUTE FUNCTION "count_attempt_total"();

-- The attempts finished before this migration, one row per set and total.
INSERT INTO "SetTotalDelta" ("questionSetId", "totalScore", "change")
  SELECT "questionSetId", "totalScore", count(*)::int FROM "Attempt" WHERE "status" = 'FINISHED' GROUP BY 1, 2;
