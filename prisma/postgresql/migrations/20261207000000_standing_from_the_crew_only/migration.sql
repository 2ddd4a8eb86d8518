-- The status rules changed (lib/shared/task-status.ts: the manager's status no longer
-- moves it; "Acknowledged" is now "Received"): every task's standing is computed again
-- at start (fillTaskStandings fills the empty ones).
UPDATE "Task" SET "standing" = NULL;
