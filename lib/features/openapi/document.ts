import { z } from "zod";
import { replaySchema } from "@/lib/features/message-bus/schema";
import { requestQuerySchema } from "@/lib/features/setup/request-query";
import { taskInputSchema } from "@/lib/features/tasks/schema";
import { apiTokenInputSchema } from "@/lib/shared/api-token";
import { taskQuerySchema } from "@/lib/shared/task-query";
import * as answers from "./answers";

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

/** A zod schema as OpenAPI 3.1 wants it (JSON Schema 2020-12), less the `$schema` line. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
  return rest;
}

const json = (schema: z.ZodType) => ({ "application/json": { schema: jsonSchema(schema, "output") } });
const answer = (description: string, schema?: z.ZodType) => ({ description, ...(schema ? { content: json(schema) } : {}) });
const failure = (description: string) => answer(description, answers.errorAnswer);
const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: jsonSchema(schema, "input") } },
});

const denied = {
  "401": failure("No valid token or session."),
  "403": failure("The role lacks the permission, or a cookie write from another origin."),
};
const bodyErrors = {
  "400": failure("Invalid fields (`fields` says which) or ill-formed JSON."),
  "413": failure("A body over 64 KiB."),
  "415": failure("Not `Content-Type: application/json`."),
};
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
// server.ts refuses a path that is not valid percent-encoding before any route sees it (malformed-url.ts).
const malformedPath = { "400": failure("`invalid_input`: the path is not valid percent-encoding.") };

/** A query parameter described by the schema `GET /api/tasks` parses it with (its output type). */
function queryParameter(name: "q" | "status" | "limit", description: string) {
  return { name, in: "query", required: false, description, schema: jsonSchema(taskQuerySchema.shape[name], "output") };
}

const paths: Record<string, Record<string, Operation>> = {
  "/api/tasks": {
    post: {
      operationId: "addTask",
      summary: "Add a task; its setup request goes to the bus at once",
      parameters: [
        {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description: "1–200 visible ASCII characters: a retry with the same key gets the first answer again.",
          schema: { type: "string", minLength: 1, maxLength: 200 },
        },
      ],
      requestBody: body(taskInputSchema),
      responses: {
        "201": answer(
          "The task, as stored (`Location` names it; `Idempotent-Replayed: true` on a replayed answer).",
          answers.taskAnswer,
        ),
        ...bodyErrors,
        ...denied,
        "422": failure("`idempotency_conflict`: the key was used with another body."),
        "503": failure("`busy`, `storage_unavailable` or `shutting_down`, with `Retry-After` where a retry can help."),
      },
    },
    get: {
      operationId: "listTasks",
      summary: "One page of tasks with their replies, newest first",
      parameters: [
        queryParameter("q", "A substring of the name or description (ASCII case-insensitive)."),
        queryParameter("status", "Where the task stands, or all."),
        {
          name: "cursor",
          in: "query",
          required: false,
          description: "`nextCursor` of the previous page, as it was.",
          schema: { type: "string", maxLength: 400 },
        },
        queryParameter("limit", "Tasks per page: 1–200 (larger values are capped), default 100."),
      ],
      responses: {
        "200": answer("The page.", answers.taskPageAnswer),
        "400": failure("A parameter is invalid (`fields`)."),
        ...denied,
      },
    },
  },
  "/api/tasks/{id}": {
    get: {
      operationId: "getTask",
      summary: "A task with its replies",
      parameters: [idParameter],
      responses: { "200": answer("The task.", answers.taskAnswer), ...malformedPath, ...denied, "404": failure("No such task.") },
    },
  },
  "/api/tasks/{id}/trail": {
    get: {
      operationId: "getTaskTrail",
      summary: "Every message the task caused, with each delivery's state",
      parameters: [idParameter],
      responses: {
        "200": answer("The trail.", answers.taskTrailAnswer),
        ...malformedPath,
        ...denied,
        "404": failure("No such task."),
      },
    },
  },
  "/api/setup/requests": {
    get: {
      operationId: "listSetupRequests",
      summary: "One page of the requests the Setup desk received, newest first (the Setup portlet's list)",
      parameters: [
        {
          name: "q",
          in: "query",
          required: false,
          description: "Every word in the task's name, description or gear.",
          schema: jsonSchema(requestQuerySchema.shape.q, "output"),
        },
        {
          name: "state",
          in: "query",
          required: false,
          description: "Where the work stands, or all.",
          schema: jsonSchema(requestQuerySchema.shape.state, "output"),
        },
        {
          name: "hide",
          in: "query",
          required: false,
          description: "States left out, comma-separated: done, blocked.",
          schema: { type: "string" },
        },
        {
          name: "cursor",
          in: "query",
          required: false,
          description: "`nextCursor` of the previous page, as it was.",
          schema: { type: "string", maxLength: 400 },
        },
        {
          name: "limit",
          in: "query",
          required: false,
          description: "Requests per page: 1–200 (larger values are capped), default 50.",
          schema: jsonSchema(requestQuerySchema.shape.limit, "output"),
        },
      ],
      responses: {
        "200": answer("The page.", answers.requestPageAnswer),
        "400": failure("A parameter is invalid (`fields`)."),
        ...denied,
      },
    },
  },
  "/api/bus/destinations": {
    get: {
      operationId: "listDestinations",
      summary: "Statistics per destination since this instance started",
      responses: { "200": answer("The statistics.", answers.destinationsAnswer), ...denied },
    },
  },
  "/api/bus/dead-letters": {
    get: {
      operationId: "listDeadLetters",
      summary: "Dead-lettered messages, newest first, with their errors",
      responses: { "200": answer("The dead letters.", answers.deadLettersAnswer), ...denied },
    },
  },
  "/api/bus/dead-letters/replay": {
    post: {
      operationId: "replayDeadLetter",
      summary: "Send a dead-lettered delivery to its listener again",
      requestBody: body(replaySchema),
      responses: {
        "202": answer("Sent again.", answers.replayedAnswer),
        ...bodyErrors,
        ...denied,
        "404": failure("No such dead letter."),
      },
    },
  },
  "/api/tokens": {
    get: {
      operationId: "listTokens",
      summary: "Your API tokens (their first characters only); a signed-in session, not a token",
      security: [{ session: [] }],
      responses: { "200": answer("Your tokens.", answers.tokenListAnswer), ...denied },
    },
    post: {
      operationId: "createToken",
      summary: "Make an API token; the answer shows it this once",
      security: [{ session: [] }],
      requestBody: body(apiTokenInputSchema),
      responses: { "201": answer("The new token.", answers.createdTokenAnswer), ...bodyErrors, ...denied },
    },
  },
  "/api/tokens/{id}": {
    delete: {
      operationId: "revokeToken",
      summary: "Revoke one of your API tokens",
      security: [{ session: [] }],
      parameters: [idParameter],
      responses: { "204": answer("Revoked."), ...malformedPath, ...denied, "404": failure("No such token of yours.") },
    },
  },
  "/api/health": {
    get: {
      operationId: "health",
      summary: "Liveness: answers whenever the process answers HTTP",
      security: [],
      responses: { "200": answer("Alive.", answers.healthAnswer) },
    },
  },
  "/api/ready": {
    get: {
      operationId: "ready",
      summary: "Readiness: should this instance get new work?",
      security: [],
      responses: {
        "200": answer("Ready.", answers.readyAnswer),
        "503": answer("Not ready: the failing check says why.", answers.readyAnswer),
      },
    },
  },
  "/api/openapi.json": {
    get: {
      operationId: "openApiDocument",
      summary: "This document",
      security: [],
      responses: { "200": { description: "OpenAPI 3.1.", content: { "application/json": { schema: { type: "object" } } } } },
    },
  },
  "/metrics": {
    get: {
      operationId: "metrics",
      summary: "Prometheus metrics of this instance (docs/operations.md, Metrics)",
      security: [{ metricsToken: [] }, { token: [] }, { session: [] }],
      responses: {
        "200": { description: "Prometheus text format.", content: { "text/plain": { schema: { type: "string" } } } },
        ...denied,
      },
    },
  },
};

/**
 * tourbus's HTTP API as OpenAPI 3.1, made from the zod schemas the routes validate
 * requests with and the answers' schemas (answers.ts). Served at /api/openapi.json and
 * shown at /docs/api; the e2e API tests check every answer against it.
 */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "tourbus",
      version: "1",
      description:
        "Tasks, their replies and the message bus behind them. Errors are `{error: {code, message, fields?}}`; every answer is `Cache-Control: no-store`. More in docs/api.md.",
      license: { name: "MIT", identifier: "MIT" },
    },
    security: [{ token: [] }, { session: [] }],
    components: {
      securitySchemes: {
        token: { type: "http", scheme: "bearer", description: "An API token (tb_…) from the API tokens page." },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "The portal's session cookie." },
        metricsToken: { type: "http", scheme: "bearer", description: "METRICS_TOKEN, for /metrics only." },
      },
    },
    paths,
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
