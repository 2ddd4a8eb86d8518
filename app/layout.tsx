import type { Metadata } from "next";
import type { ReactNode } from "react";
import { readTheme } from "@/lib/server/theme/read-theme";
import "./globals.css";

export const metadata: Metadata = {
  title: "tourbus",
  description: "The tour's portal: tasks, roadies and inventory talking over a message bus.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The saved theme as a class on <html>: no script needed before first paint.
  const theme = await readTheme();
  return (
    <html lang="en" className={theme}>
      <body className="min-h-screen bg-page font-sans text-fg antialiased">{children}</body>
    </html>
  );
}
