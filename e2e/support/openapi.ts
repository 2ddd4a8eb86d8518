import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import createClient from "openapi-fetch";
import type { paths } from "@/lib/features/openapi/api-types";
import { openApiDocument } from "@/lib/features/openapi/document";

// Every API answer an e2e test gets through a checked context is held to the OpenAPI
// document (/api/openapi.json): its path and method must be described, its status
// listed, and a JSON body must match that status's schema. A field added, renamed or
// dropped on one side only fails the test that met it.

type Described = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
const document = openApiDocument();
// Formats are not checked (the schemas' patterns already pin dates down); unknown keywords are OpenAPI's.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const routes = Object.entries(document.paths).map(([template, item]) => ({
  item: item as Record<string, Described>,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/** Answers the description does not cover: better-auth's own routes (sign-in, sign-out) and pages. */
function isDescribed(pathname: string): boolean {
  return (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/")) || pathname === "/metrics";
}

/** Fails (with what differs) when the answer is not what the OpenAPI document says. */
export async function expectDescribed(method: string, response: APIResponse): Promise<void> {
  const { pathname } = new URL(response.url());
  if (!isDescribed(pathname)) return;
  const operation = routes.find((route) => route.pattern.test(pathname))?.item[method.toLowerCase()];
  expect(operation, `${method} ${pathname} is not in the OpenAPI document`).toBeDefined();
  const status = String(response.status());
  const answer = operation!.responses[status];
  expect(answer, `${method} ${pathname} answered ${status}, which the OpenAPI document does not list`).toBeDefined();
  const schema = answer!.content?.["application/json"]?.schema;
  if (!schema) return;
  const validate = ajv.compile(schema);
  const body: unknown = await response.json();
  expect(
    validate(body),
    `${method} ${pathname} ${status} differs from the OpenAPI document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`,
  ).toBe(true);
}

const CALLS = ["get", "post", "put", "patch", "delete", "head"] as const;

/** The same context, each answer checked against the OpenAPI document before the test sees it. */
export function checkedContext(context: APIRequestContext): APIRequestContext {
  return new Proxy(context, {
    get(target, property, receiver) {
      const original: unknown = Reflect.get(target, property, receiver);
      if (typeof original !== "function") return original;
      if ((CALLS as readonly PropertyKey[]).includes(property)) {
        return async (...args: unknown[]) => {
          const response = (await original.apply(target, args)) as APIResponse;
          await expectDescribed(String(property), response);
          return response;
        };
      }
      if (property === "fetch") {
        return async (url: string, options?: { method?: string }) => {
          const response = (await original.call(target, url, options)) as APIResponse;
          await expectDescribed(options?.method ?? "GET", response);
          return response;
        };
      }
      return original.bind(target);
    },
  });
}

/**
 * The typed client (openapi-fetch over the generated api-types.ts) on a Playwright
 * request context: its cookies or token, and each answer checked as above.
 */
export function apiClient(context: APIRequestContext) {
  const checked = checkedContext(context);
  return createClient<paths>({
    // Only the path and query are used: the Playwright context has its own base URL.
    baseUrl: "http://e2e.invalid",
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const response = await checked.fetch(`${url.pathname}${url.search}`, {
        method: request.method,
        headers: Object.fromEntries(request.headers),
        data: request.body ? Buffer.from(await request.arrayBuffer()) : undefined,
      });
      const body = response.status() === 204 ? null : new Uint8Array(await response.body());
      return new Response(body, { status: response.status(), headers: response.headers() });
    },
  });
}
