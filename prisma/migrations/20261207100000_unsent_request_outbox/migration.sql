-- CreateTable
CREATE TABLE "UnsentRequest" (
    "requestId" TEXT NOT NULL PRIMARY KEY,
    CONSTRAINT "UnsentRequest_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Task" ("requestId") ON DELETE CASCADE ON UPDATE CASCADE
);


-- Tasks from before this migration whose request was never logged (a crash in between).
INSERT INTO "UnsentRequest" ("requestId") SELECT t."requestId" FROM "Task" t WHERE NOT EXISTS (SELECT 1 FROM "BusMessage" m WHERE m."id" = t."requestId");

-- A new task's request is unsent until the bus logs it. Triggers, not the code that adds
-- a task: every writer (the hot path, Prisma, a bulk import) keeps the outbox true, and
-- the platform's bus log never has to know about a feature's table.
CREATE TRIGGER "Task_request_unsent" AFTER INSERT ON "Task"
BEGIN
    INSERT INTO "UnsentRequest" ("requestId") VALUES (NEW."requestId") ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER "BusMessage_request_sent" AFTER INSERT ON "BusMessage"
BEGIN
    DELETE FROM "UnsentRequest" WHERE "requestId" = NEW."id";
END;
