import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "@/lib/shared/i18n/messages/de.json";
import en from "@/lib/shared/i18n/messages/en.json";
import { cateringResponder } from "./__fixtures__/catering/responder";
import { featureText, replyHeading, responderLabel } from "./registry";

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
