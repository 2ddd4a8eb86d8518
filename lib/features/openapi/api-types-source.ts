import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "./document";

export const API_TYPES_FILE = path.join(import.meta.dirname, "api-types.ts");

/** api-types.ts's text: openapi-typescript's types of the OpenAPI document, for openapi-fetch's typed client. */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as unknown as Parameters<typeof openapiTS>[0]);
  return `// Generated from lib/features/openapi/document.ts by \`npm run api:types\` (openapi-typescript); do not edit.\n// lib/features/openapi/api-types.test.ts fails when it differs from what the document gives.\n${astToString(ast)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(API_TYPES_FILE, await renderApiTypes());
  console.log(`tourbus: wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
