-- The Tasks list's search index (lib/features/tasks/server/list-tasks.sql.ts), made by
-- hand: Prisma's schema has no full-text indexes. An FTS5 table with the trigram
-- tokenizer answers a phrase query as a case-insensitive substring of name or
-- description from its index, where LIKE read every task. External content: the text
-- stays in Task, the index is keyed by Task's rowid (VACUUM keeps rowids), and these
-- triggers keep it in step with every writer.
CREATE VIRTUAL TABLE "TaskSearch" USING fts5("name", "description", content='Task', content_rowid='rowid', tokenize='trigram');

-- The tasks stored before.
INSERT INTO "TaskSearch"("TaskSearch") VALUES ('rebuild');

CREATE TRIGGER "Task_search_insert" AFTER INSERT ON "Task"
BEGIN
    INSERT INTO "TaskSearch"(rowid, "name", "description") VALUES (NEW.rowid, NEW."name", NEW."description");
END;

CREATE TRIGGER "Task_search_delete" AFTER DELETE ON "Task"
BEGIN
    INSERT INTO "TaskSearch"("TaskSearch", rowid, "name", "description") VALUES ('delete', OLD.rowid, OLD."name", OLD."description");
END;

CREATE TRIGGER "Task_search_update" AFTER UPDATE OF "name", "description" ON "Task"
BEGIN
    INSERT INTO "TaskSearch"("TaskSearch", rowid, "name", "description") VALUES ('delete', OLD.rowid, OLD."name", OLD."description");
    INSERT INTO "TaskSearch"(rowid, "name", "description") VALUES (NEW.rowid, NEW."name", NEW."description");
END;
