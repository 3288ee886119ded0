-- An attempt's stored total (Attempt.totalScore, for other reports' percentiles) goes stale in the
-- same transaction as whatever changes it, whichever process writes: a new submission (the latest
-- counts), a submission's score (a verdict), a review (its score replaces the judge's). The next
-- report or maintenance sweep recomputes it (apps/api/src/reports/attempt-totals.ts). scoreVersion
-- lets that recomputation see a change that came meanwhile.
--
-- The function bodies write their semicolons as \073 (an octal escape in an E'' string): Prisma's
-- migration runner with the pg driver adapter splits a script at every semicolon, quoted or not.
CREATE FUNCTION "mark_attempt_total_stale"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "Attempt" SET "totalScore" = NULL, "scoreVersion" = "scoreVersion" + 1 WHERE "id" = NEW."attemptId"\073 RETURN NULL\073 END';

CREATE TRIGGER "Submission_inserted_total_stale" AFTER INSERT ON "Submission"
  FOR EACH ROW EXECUTE FUNCTION "mark_attempt_total_stale"();

CREATE TRIGGER "Submission_scored_total_stale" AFTER UPDATE OF "score" ON "Submission"
  FOR EACH ROW WHEN (OLD."score" IS DISTINCT FROM NEW."score") EXECUTE FUNCTION "mark_attempt_total_stale"();

CREATE FUNCTION "mark_reviewed_attempt_total_stale"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "Attempt" a SET "totalScore" = NULL, "scoreVersion" = a."scoreVersion" + 1 FROM "Submission" s WHERE s."id" = NEW."submissionId" AND a."id" = s."attemptId"\073 RETURN NULL\073 END';

CREATE TRIGGER "Review_inserted_total_stale" AFTER INSERT ON "Review"
  FOR EACH ROW EXECUTE FUNCTION "mark_reviewed_attempt_total_stale"();
