import { openApiDocument } from "@/lib/features/openapi/document";

// The same for every caller and every request of one build.
export const dynamic = "force-static";

/** The HTTP API as OpenAPI 3.1 (lib/features/openapi/document.ts); readable at /docs/api. */
export function GET() {
  return Response.json(openApiDocument());
}
