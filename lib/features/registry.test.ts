import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "@/lib/shared/i18n/messages/de.json";
import en from "@/lib/shared/i18n/messages/en.json";
import { cateringResponder } from "./__fixtures__/catering/responder";
import { featureText, replyHeading, replyText, responderLabel } from "./registry";
import { setupResponder } from "./setup/responder";
import type { SetupReply } from "./setup/schema";

const english = createTranslator({ locale: "en", messages: en });
const german = createTranslator({ locale: "de", messages: de });

describe("a responder's texts in the reader's language", () => {
  it("read its keys from the catalogue, and its English where the catalogue has none (the Catering fixture)", () => {
    expect(responderLabel("setup", german)).toBe("Aufbau");
    expect(featureText(german, cateringResponder.label)).toBe("Catering");
    expect(responderLabel("gone", german)).toBe("gone");
  });

  it("head a notification with the responder's own heading, else “<label> replied”", () => {
    expect(replyHeading({ from: "setup", kind: "progress", t: english })).toBe("Roadie progress");
    expect(replyHeading({ from: "setup", kind: "ack", t: english })).toBe("Setup replied");
    expect(replyHeading({ from: "inventory", kind: "answer", t: english })).toBe("Inventory replied");
    expect(replyHeading({ from: "inventory", kind: "answer", t: german })).toBe("Inventar hat geantwortet");
  });
});

describe("a reply's answer in the reader's language", () => {
  const setup: SetupReply[] = [
    { from: "setup", kind: "ack", roadieResponse: "Yes" },
    { from: "setup", kind: "progress", state: "in-progress" },
    { from: "setup", kind: "progress", state: "done" },
    { from: "setup", kind: "progress", state: "blocked", reason: "no power on stage left" },
  ];

  it("reads the Setup desk's receipt and the roadies' reports in English as stored, and in German in the catalogue's words", () => {
    const described = setup.map((reply) => setupResponder.describe(reply));
    expect(described.map((reply) => replyText(english, reply))).toEqual(described.map((reply) => reply.answer));
    expect(described.map((reply) => replyText(german, reply))).toEqual([
      "Erhalten, wartet auf einen Roadie",
      "In Arbeit",
      "Erledigt",
      "Blockiert: no power on stage left",
    ]);
  });

  it("shows a receipt that is not the tutorial's “Yes”, and a reply without the catalogue's words, as they were said", () => {
    const own = setupResponder.describe({ from: "setup", kind: "ack", roadieResponse: "On it" });
    expect(replyText(german, own)).toBe("On it");
    expect(replyText(german, { answer: "Sandwiches for 12" })).toBe("Sandwiches for 12");
  });
});
