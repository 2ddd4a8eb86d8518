-- The Tasks list's search index (lib/features/tasks/server/list-tasks.sql.ts), made by
-- hand: Prisma's schema has no trigram indexes. pg_trgm serves LIKE '%…%' from the
-- index, where it read every task. One expression for name and description together,
-- with chr(1) between them (no query holds it), so the search binds one parameter on
-- both engines. pg_trgm is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Task_search_trgm_idx" ON "Task" USING gin ((lower("name" || chr(1) || "description")) gin_trgm_ops);
