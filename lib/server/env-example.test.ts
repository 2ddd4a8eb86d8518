import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderEnvExample } from "./env-example";
import { envSchema } from "./env-schema";

const committed = readFileSync(path.resolve(import.meta.dirname, "../../.env.example"), "utf8");

describe(".env.example", () => {
  it("is what `npm run env:example` writes from the settings schema (run it after changing a setting)", () => {
    expect(committed).toBe(renderEnvExample());
  });

  it("names every setting, with one line of meaning and its default", () => {
    for (const name of Object.keys(envSchema.shape)) {
      expect(committed).toMatch(new RegExp(`^# ${name}: \\S.*(Default: .+|No default)\\.$`, "m"));
      expect(committed).toMatch(new RegExp(`^# ${name}=`, "m"));
    }
    expect(committed).toMatch(/^# PORT=3000$/m);
    expect(committed).toMatch(/^# DATABASE_URL=file:\.\/data\/tourbus\.db$/m);
  });
});
