import "server-only";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { envSchema } from "./env-schema";

type SettingSchema = { description?: string; default?: unknown; enum?: unknown[] };

const HEADER = [
  "# Every setting tourbus reads, with its default and what it means.",
  "# Generated from lib/server/env-schema.ts by `npm run env:example`: edit the schema, not this file",
  "# (lib/server/env-example.test.ts fails when the two differ). tourbus reads only its environment:",
  "# copy this file, uncomment what you change, and load it with your process manager",
  "# (systemd EnvironmentFile=, docker run --env-file) or `set -a; . ./.env; set +a` before `npm start`.",
  "# More in docs/settings.md.",
];

/** .env.example's text: per setting, one line of meaning (with its allowed values) and its default. */
export function renderEnvExample(): string {
  // The input side: what is written in the environment, before coercion and transforms.
  const { properties } = z.toJSONSchema(envSchema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, SettingSchema>;
  };
  const blocks = Object.entries(properties).map(([name, setting]) => {
    if (!setting.description) throw new Error(`${name} has no description in lib/server/env-schema.ts`);
    const allowed = setting.enum ? ` One of: ${setting.enum.join(", ")}.` : "";
    const fallback = setting.default === undefined ? " No default." : ` Default: ${String(setting.default)}.`;
    return `# ${name}: ${setting.description}${allowed}${fallback}\n# ${name}=${setting.default ?? ""}`;
  });
  return `${HEADER.join("\n")}\n\n${blocks.join("\n\n")}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.resolve(process.argv[2] ?? ".env.example");
  writeFileSync(file, renderEnvExample());
  console.log(`tourbus: wrote ${path.relative(process.cwd(), file)}`);
}
