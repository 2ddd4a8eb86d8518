import { describeMessageStore } from "@/lib/messaging/store/message-store.conformance";
import { BatchWriter } from "../db/batch-writer";
import { db } from "../db/client";
import { PrismaMessageStore } from "./prisma-message-store";

describeMessageStore("PrismaMessageStore (SQLite)", async () => {
  await db.busDelivery.deleteMany();
  await db.busMessage.deleteMany();
  await db.busRejection.deleteMany();
  return new PrismaMessageStore(
    db,
    new BatchWriter(db, () => undefined),
  );
});
