import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSelect } from "@/components/portal/language-select";
import { PageTitle } from "@/components/ui/page-title";
import { existingDemoUsers } from "@/lib/server/auth/seed-demo-users";
import { userFromSession } from "@/lib/server/auth/read-session";
import { env } from "@/lib/server/env";
import { RETURN_PARAM, safeReturnPath } from "@/lib/shared/return-to";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signInPage"))("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Where the user was when their session ended (a path of this site only).
  const returnTo = safeReturnPath((await searchParams)[RETURN_PARAM]);
  if (await userFromSession(await headers())) redirect(returnTo);
  // Listed only in demo mode, and only those still there: never an account that is not.
  const demoUsers = env.SEED_DEMO_USERS ? await existingDemoUsers() : [];
  const t = await getTranslations("auth.signInPage");
  const roleLabel = await getTranslations("roles");
  return (
    <main className="mx-auto max-w-sm px-4 pb-4 pt-20">
      <PageTitle subtitle={t("subtitle")} className="mb-6" />
      <div className="rounded-lg border border-line bg-surface p-6 shadow-sm">
        <SignInForm returnTo={returnTo} />
      </div>
      <div className="mt-4">
        <LanguageSelect />
      </div>
      {demoUsers.length > 0 ? (
        <section aria-labelledby="demo-accounts" className="mt-6 text-sm text-muted">
          <h2 id="demo-accounts" className="font-semibold text-fg">
            {t("demoCrew")}
          </h2>
          <ul className="mt-2 space-y-1">
            {demoUsers.map((user) => (
              <li key={user.email}>
                {roleLabel(user.role)}: <code>{user.email}</code> / <code>{user.password}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
