import { describeMessageStore } from "@/lib/messaging/store/message-store.conformance";
import { db } from "../db/client";
import { writes } from "../db/writes";
import { SqlMessageStore } from "./sql-message-store";

describeMessageStore("SqlMessageStore (SQLite)", async () => {
  await db.busDelivery.deleteMany();
  await db.busMessage.deleteMany();
  await db.busRejection.deleteMany();
  return new SqlMessageStore(db, writes);
});
