import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Message } from "@/lib/messaging/types";
import type { SetupRequest } from "@/lib/features/setup/schema";
import { db } from "@/lib/server/db/client";
import { inventoryListener } from "./listener";

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

    const reserved = { from: "inventory", kind: "answer", inventoryResponse: "Reserved: 2 × Microphone", inStock: true };
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
    });
    expect(await db.gearReservation.count()).toBe(0);
  });
});
