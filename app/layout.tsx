import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/lib/server/i18n/client-messages";
import { readTheme } from "@/lib/server/theme/read-theme";
import { directionOf } from "@/lib/shared/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: "tourbus", description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The saved theme as a class on <html>: no script needed before first paint.
  const [theme, locale] = await Promise.all([readTheme(), getLocale()]);
  return (
    <html lang={locale} dir={directionOf(locale)} className={theme}>
      <body className="min-h-screen bg-page font-sans text-fg antialiased">
        {/* The page's language reaches client components from here; each page adds the messages it needs. */}
        <ClientMessages namespaces={[]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
