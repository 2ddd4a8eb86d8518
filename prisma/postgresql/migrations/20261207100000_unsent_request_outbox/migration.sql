-- CreateTable
CREATE TABLE "UnsentRequest" (
    "requestId" TEXT NOT NULL,

    CONSTRAINT "UnsentRequest_pkey" PRIMARY KEY ("requestId")
);

-- AddForeignKey
ALTER TABLE "UnsentRequest" ADD CONSTRAINT "UnsentRequest_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Task"("requestId") ON DELETE CASCADE ON UPDATE CASCADE;


-- Tasks from before this migration whose request was never logged (a crash in between).
INSERT INTO "UnsentRequest" ("requestId") SELECT t."requestId" FROM "Task" t WHERE NOT EXISTS (SELECT 1 FROM "BusMessage" m WHERE m."id" = t."requestId");

-- A new task's request is unsent until the bus logs it (as the SQLite migration's triggers).
CREATE FUNCTION "Task_request_unsent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "UnsentRequest" ("requestId") VALUES (NEW."requestId") ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER "Task_request_unsent" AFTER INSERT ON "Task" FOR EACH ROW EXECUTE FUNCTION "Task_request_unsent"();

CREATE FUNCTION "BusMessage_request_sent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "UnsentRequest" WHERE "requestId" = NEW."id";
    RETURN NULL;
END $$;
CREATE TRIGGER "BusMessage_request_sent" AFTER INSERT ON "BusMessage" FOR EACH ROW EXECUTE FUNCTION "BusMessage_request_sent"();
