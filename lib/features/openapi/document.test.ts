import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, renderApiTypes } from "./api-types-source";
import { openApiDocument } from "./document";

const root = path.resolve(import.meta.dirname, "../../..");

/** Each app/api route as an OpenAPI path with its methods: "/api/tasks/{id}" → ["get"]. */
function routeHandlers(): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  const visit = (directory: string) => {
    for (const entry of readdirSync(path.join(root, directory), { withFileTypes: true })) {
      const child = path.join(directory, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.name === "route.ts") {
        const methods = [
          ...readFileSync(path.join(root, child), "utf8").matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g),
        ];
        const apiPath =
          "/" +
          path
            .dirname(child)
            .replace(/^app\//, "")
            .replace(/\[([^\]]+)\]/g, "{$1}");
        routes.set(
          apiPath,
          methods.map((match) => match[1]!.toLowerCase()),
        );
      }
    }
  };
  visit("app/api");
  return routes;
}

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1 and its schemas are valid JSON Schema 2020-12", () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    let schemas = 0;
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item) as {
        requestBody?: { content: object };
        responses: Record<string, { content?: object }>;
      }[]) {
        for (const content of [operation.requestBody?.content, ...Object.values(operation.responses).map((r) => r.content)]) {
          for (const media of Object.values(content ?? {}) as { schema: object }[]) {
            expect(() => ajv.compile(media.schema)).not.toThrow();
            schemas++;
          }
        }
      }
    }
    expect(schemas).toBeGreaterThan(20);
  });

  it("describes every route handler under app/api (better-auth's own aside) and the fast POST /api/tasks, nothing else", () => {
    const routes = routeHandlers();
    routes.delete("/api/auth/{...all}");
    // Answered by server.ts ahead of Next (lib/server/http/fast-api.ts), not by a route file.
    routes.set("/api/tasks", [...routes.get("/api/tasks")!, "post"]);
    const described = Object.entries(document.paths)
      .filter(([apiPath]) => apiPath.startsWith("/api/"))
      .map(([apiPath, item]) => [apiPath, Object.keys(item).sort()] as const);
    expect(new Map(described)).toEqual(new Map([...routes].map(([apiPath, methods]) => [apiPath, methods.sort()])));
  });

  it("describes a task's request body with the schema the route validates with", () => {
    const body = document.paths["/api/tasks"]!.post!.requestBody as {
      content: { "application/json": { schema: { required: string[]; properties: object } } };
    };
    expect(body.content["application/json"].schema.required).toEqual(["name"]);
    expect(Object.keys(body.content["application/json"].schema.properties)).toEqual(["name", "description", "status", "gear"]);
  });

  it("has its typed client's types generated from it (run `npm run api:types` after changing it)", async () => {
    expect(readFileSync(API_TYPES_FILE, "utf8")).toBe(await renderApiTypes());
  });
});
