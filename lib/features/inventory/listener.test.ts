import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Message } from "@/lib/messaging/types";
import type { SetupRequest } from "@/lib/features/setup/schema";
import { db } from "@/lib/server/db/client";
import { listActivity } from "@/lib/features/listener-activity/server/list-activity";
import { featureText, replyText } from "@/lib/features/registry";
import de from "@/lib/shared/i18n/messages/de.json";
import en from "@/lib/shared/i18n/messages/en.json";
import { createTranslator } from "next-intl";
import { inventoryListener } from "./listener";
import { inventoryResponder } from "./responder";
import type { InventoryReply } from "./schema";

function request(payload: Partial<SetupRequest>, id = crypto.randomUUID()): Message<SetupRequest> {
  return {
    id,
    destination: "tour/roadie/setup",
    payload: {
      name: "Soundcheck",
      description: "",
      status: "Open",
      responseDestinationName: "tour/manager/task",
      gear: [],
      ...payload,
    },
    responseDestination: "tour/manager/task",
    correlationId: "request-1",
    headers: {},
    createdAt: new Date(),
  };
}

async function answer(message: Message<SetupRequest>) {
  const reply = vi.fn(async (_payload: unknown) => message as Message);
  await inventoryListener.receive(message, { attempt: 1, reply } as never);
  return reply.mock.calls[0]![0];
}

describe("inventory listener", () => {
  beforeEach(async () => {
    await db.gearReservation.deleteMany();
    await db.listenerActivity.deleteMany();
    await db.gearItem.deleteMany();
    await db.gearItem.createMany({ data: [{ name: "Microphone", quantity: 3 }] });
  });

  it("reserves the gear a request names, once even when the message is delivered again", async () => {
    const message = request({ gear: [{ name: "Microphone", quantity: 2 }] });

    const first = await answer(message);
    const again = await answer(message);

    const reserved = {
      from: "inventory",
      kind: "answer",
      inventoryResponse: "Reserved: 2 × Microphone",
      inStock: true,
      reserved: [{ name: "Microphone", quantity: 2 }],
    };
    expect(first).toEqual(reserved);
    expect(again).toEqual(reserved);
    expect((await db.gearItem.findUniqueOrThrow({ where: { name: "Microphone" } })).quantity).toBe(1);
  });

  it("answers from the task's text when it names no gear, reserving nothing", async () => {
    expect(await answer(request({ name: "Check the microphones" }))).toEqual({
      from: "inventory",
      kind: "answer",
      inventoryResponse: "In stock: Microphone × 3",
      inStock: true,
      stock: [{ name: "Microphone", quantity: 3 }],
    });
    expect(await db.gearReservation.count()).toBe(0);
  });
});

describe("an inventory answer in the reader's language", () => {
  const english = createTranslator({ locale: "en", messages: en });
  const german = createTranslator({ locale: "de", messages: de });
  /** The listener's answer, worded by its responder in both languages. */
  async function worded(message: Message<SetupRequest>) {
    const reply = (await answer(message)) as InventoryReply;
    const text = inventoryResponder.describe(reply).text;
    expect(text, `no wording for "${reply.inventoryResponse}"`).toBeDefined();
    return { stored: reply.inventoryResponse, en: featureText(english, text!), de: featureText(german, text!) };
  }

  beforeEach(async () => {
    await db.gearReservation.deleteMany();
    await db.listenerActivity.deleteMany();
    await db.gearItem.deleteMany();
    await db.gearItem.createMany({
      data: [
        { name: "Microphone", quantity: 3 },
        { name: "Drum kit", quantity: 1 },
        { name: "Fog machine", quantity: 0 },
      ],
    });
  });

  it("reads in English exactly as stored, and in German in the catalogue's words, for every form it takes", async () => {
    const answers = [
      await worded(request({ name: "Check the microphones" })),
      await worded(request({ name: "Microphone and fog machine check" })),
      await worded(request({ name: "Fog machine check" })),
      await worded(request({ name: "Catering" })),
      await worded(
        request({
          gear: [
            { name: "Drum kit", quantity: 2 },
            { name: "Microphone", quantity: 1 },
          ],
        }),
      ),
      // Reserved last: it takes from the stock the others read.
      await worded(
        request({
          gear: [
            { name: "Microphone", quantity: 2 },
            { name: "Drum kit", quantity: 1 },
          ],
        }),
      ),
    ];
    expect(answers.map((answer) => answer.en)).toEqual(answers.map((answer) => answer.stored));
    expect(answers.map((answer) => answer.de)).toEqual([
      "Auf Lager: Microphone × 3",
      "Auf Lager: Microphone × 3. Nicht auf Lager: Fog machine",
      "Nicht auf Lager: Fog machine",
      "Diese Aufgabe nennt kein Material aus dem Lager",
      "Fehlt: 2 × Drum kit (1 auf Lager). Nichts reserviert.",
      "Reserviert: 2 × Microphone, 1 × Drum kit",
    ]);
  });

  it("words a redelivered request's answer from the reservation as recorded", async () => {
    const message = request({ gear: [{ name: "Drum kit", quantity: 2 }] });
    const first = await worded(message);
    expect(await worded(message)).toEqual(first);
    expect(first.de).toBe("Fehlt: 2 × Drum kit (1 auf Lager). Nichts reserviert.");
    // The Inventory portlet's record of it reads the same, after a reload too.
    const [recorded] = await listActivity("inventory");
    expect(replyText(german, recorded!)).toBe(first.de);
    expect(replyText(english, recorded!)).toBe(first.stored);
  });

  it("shows a reply sent before the lines were carried by its English", () => {
    const older = { from: "inventory", kind: "answer", inventoryResponse: "Reserved: 1 × Drum kit", inStock: true } as const;
    expect(inventoryResponder.describe(older)).not.toHaveProperty("text");
  });
});
