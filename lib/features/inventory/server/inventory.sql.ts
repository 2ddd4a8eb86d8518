import "server-only";
import { statement } from "@/lib/server/db/statement";

/** The whole stock, by name. */
export const stock = statement({
  name: "stock",
  sql: `SELECT "id", "name", "quantity" FROM "GearItem" ORDER BY "name" ASC`,
  params: [],
  returns: { id: "GearItem.id", name: "GearItem.name", quantity: "GearItem.quantity" },
});

export const gearItem = statement({
  name: "gear item",
  sql: `SELECT "id", "name", "quantity" FROM "GearItem" WHERE "id" = ?`,
  params: ["GearItem.id"],
  returns: { id: "GearItem.id", name: "GearItem.name", quantity: "GearItem.quantity" },
});

/** A stock take, only over the count it started from (compare and set in one statement). */
export const setQuantity = statement({
  name: "set gear quantity",
  sql: `UPDATE "GearItem" SET "quantity" = ? WHERE "id" = ? AND "quantity" = ? RETURNING "id", "name", "quantity"`,
  params: ["GearItem.quantity", "GearItem.id", "GearItem.quantity"],
  returns: { id: "GearItem.id", name: "GearItem.name", quantity: "GearItem.quantity" },
});

/** Takes `quantity` of an item, only if that many are there. */
export const takeGear = statement({
  name: "take gear",
  sql: `UPDATE "GearItem" SET "quantity" = "quantity" - ? WHERE "id" = ? AND "quantity" >= ?`,
  params: ["GearItem.quantity", "GearItem.id", "GearItem.quantity"],
});

/** What was reserved for a request message, if it was handled before. */
export const reservation = statement({
  name: "gear reservation",
  sql: `SELECT "reserved", "answer", "lines" FROM "GearReservation" WHERE "messageId" = ?`,
  params: ["GearReservation.messageId"],
  returns: { reserved: "GearReservation.reserved", answer: "GearReservation.answer", lines: "GearReservation.lines" },
});

export const insertReservation = statement({
  name: "insert gear reservation",
  sql: `INSERT INTO "GearReservation" ("id", "messageId", "requestId", "reserved", "answer", "lines", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  params: [
    "GearReservation.id",
    "GearReservation.messageId",
    "GearReservation.requestId",
    "GearReservation.reserved",
    "GearReservation.answer",
    "GearReservation.lines",
    "GearReservation.createdAt",
  ],
});
