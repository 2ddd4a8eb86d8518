import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/features/openapi/document";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

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
 * another origin (the page's CSP allows neither). The page's own words are translated;
 * the document's (summaries, descriptions) stay in English, as the API speaks.
 */
export default function ApiPage() {
  const t = useTranslations("apiDocs");
  const document = openApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as Operation })),
  );
  return (
    <div className="mx-auto max-w-4xl p-4 sm:p-6">
      <header className="mb-6 space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="text-sm text-muted">
          {t.rich("intro", {
            description: document.info.description,
            version: document.openapi,
            json: (chunks) => (
              <a href="/api/openapi.json" className="underline underline-offset-2">
                {chunks}
              </a>
            ),
            portal: (chunks) => (
              <Link href="/" className="underline underline-offset-2">
                {chunks}
              </Link>
            ),
          })}
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
                        {t(parameter.required ? "parameterInRequired" : "parameterIn", { in: parameter.in })}
                      </span>
                    </dt>
                    <dd>{parameter.description ?? ""}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {operation.requestBody ? (
              <Schema title={t("requestBody")} schema={Object.values(operation.requestBody.content)[0]?.schema} />
            ) : null}
            <h3 className="mt-3 text-sm font-semibold">{t("answers")}</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {Object.entries(operation.responses).map(([status, response]) => (
                <li key={status}>
                  <span className="font-mono font-semibold">{status}</span> {response.description}
                  {response.content && status.startsWith("2") ? (
                    <Schema title={t("answerBody", { status })} schema={Object.values(response.content)[0]?.schema} />
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
  const t = useTranslations("apiDocs");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer">{t("jsonSchema", { title })}</summary>
      <pre className="mt-1 max-h-96 overflow-auto rounded bg-page p-2 font-mono text-xs">{JSON.stringify(schema, null, 2)}</pre>
    </details>
  );
}
