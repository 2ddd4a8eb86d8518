import type { Metadata } from "next";
import Link from "next/link";
import { openApiDocument } from "@/lib/features/openapi/document";

export const metadata: Metadata = { title: "HTTP API · tourbus" };

type Operation = {
  operationId: string;
  summary: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/**
 * /api/openapi.json as a page: every operation with its parameters, request body and
 * answers. Rendered on the server from the same document, no script and nothing from
 * another origin (the page's CSP allows neither).
 */
export default function ApiPage() {
  const document = openApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as Operation })),
  );
  return (
    <div className="mx-auto max-w-4xl p-4 sm:p-6">
      <header className="mb-6 space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">HTTP API</h1>
        <p className="text-sm text-muted">
          {document.info.description} The machine-readable description:{" "}
          <a href="/api/openapi.json" className="underline underline-offset-2">
            /api/openapi.json
          </a>{" "}
          (OpenAPI {document.openapi}). Back to the{" "}
          <Link href="/" className="underline underline-offset-2">
            portal
          </Link>
          .
        </p>
      </header>
      <main className="space-y-4">
        {operations.map(({ path, method, operation }) => (
          <section
            key={operation.operationId}
            aria-labelledby={operation.operationId}
            className="rounded-lg border border-line bg-surface p-4 shadow-sm"
          >
            <h2 id={operation.operationId} className="font-mono text-base font-semibold">
              {method.toUpperCase()} {path}
            </h2>
            <p className="mt-1 text-sm">{operation.summary}</p>
            {operation.parameters?.length ? (
              <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {operation.parameters.map((parameter) => (
                  <div key={parameter.name} className="contents">
                    <dt className="font-mono">
                      {parameter.name}{" "}
                      <span className="text-muted">
                        ({parameter.in}
                        {parameter.required ? ", required" : ""})
                      </span>
                    </dt>
                    <dd>{parameter.description ?? ""}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {operation.requestBody ? (
              <Schema title="Request body" schema={Object.values(operation.requestBody.content)[0]?.schema} />
            ) : null}
            <h3 className="mt-3 text-sm font-semibold">Answers</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {Object.entries(operation.responses).map(([status, response]) => (
                <li key={status}>
                  <span className="font-mono font-semibold">{status}</span> {response.description}
                  {response.content && status.startsWith("2") ? (
                    <Schema title={`${status} body`} schema={Object.values(response.content)[0]?.schema} />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </div>
  );
}

function Schema({ title, schema }: { title: string; schema: unknown }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer">{title} (JSON Schema)</summary>
      <pre className="mt-1 max-h-96 overflow-auto rounded bg-page p-2 font-mono text-xs">{JSON.stringify(schema, null, 2)}</pre>
    </details>
  );
}
