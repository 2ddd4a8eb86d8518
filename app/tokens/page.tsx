import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateTokenForm } from "@/components/auth/create-token-form";
import { RevokeTokenButton } from "@/components/auth/revoke-token-button";
import { UserMenu } from "@/components/auth/user-menu";
import { ToastProvider } from "@/components/portal/toasts";
import { listApiTokens } from "@/lib/server/auth/api-tokens";
import { requireSignedIn } from "@/lib/server/auth/session";
import { permissionsOf } from "@/lib/server/access/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens.page"))("title") };
}
export const dynamic = "force-dynamic";

/** A user's tokens for the HTTP API: they act with the user's role. */
export default async function TokensPage() {
  const user = await requireSignedIn();
  const tokens = await listApiTokens(user.id);
  const t = await getTranslations("tokens.page");
  // In the reader's language; in UTC, as the page says (the server does not know the reader's time zone).
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "UTC" });
  const moment = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: "UTC" });
  return (
    <ToastProvider>
      <div className="mx-auto max-w-3xl p-4 sm:p-6">
        <header className="mb-6 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
          <UserMenu user={user} />
        </header>
        <main className="space-y-6">
          <p className="text-sm text-muted">
            {t.rich("intro", {
              permissions: permissionsOf(user.role).join(", "),
              portal: (chunks) => (
                <Link href="/" className="underline underline-offset-2">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <section aria-labelledby="new-token-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="new-token-heading" className="mb-3 font-semibold">
              {t("createHeading")}
            </h2>
            <CreateTokenForm />
          </section>
          <section aria-labelledby="tokens-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="tokens-heading" className="mb-3 font-semibold">
              {t("listHeading")}
            </h2>
            {tokens.length === 0 ? (
              <p className="text-sm text-muted">{t("none")}</p>
            ) : (
              <ul className="divide-y divide-line">
                {tokens.map((token) => (
                  <li key={token.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                    <span className="font-medium">{token.name}</span>
                    <code className="text-muted">{token.start}…</code>
                    <span className="text-xs text-muted">
                      {t("created", { date: day(token.createdAt) })} ·{" "}
                      {token.lastUsedAt ? t("lastUsed", { time: moment(token.lastUsedAt) }) : t("neverUsed")}
                    </span>
                    <span className="ml-auto">
                      <RevokeTokenButton id={token.id} name={token.name} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </main>
      </div>
    </ToastProvider>
  );
}
