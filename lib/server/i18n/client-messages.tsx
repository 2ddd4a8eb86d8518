import "server-only";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** What every page's client components read: the language switch, the connection state, shared words, statuses, roles, the error page. */
const EVERY_PAGE = ["language", "common", "connection", "status", "roles", "portal.error"];

type Catalogue = Record<string, unknown>;

/** The catalogue's subtrees at `paths` ("tasks", "portal.error"), in the catalogue's shape. */
function pick(messages: Catalogue, paths: readonly string[]): Catalogue {
  const picked: Catalogue = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    let into = picked;
    keys.forEach((key, index) => {
      from = (from as Catalogue | undefined)?.[key];
      if (index === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Catalogue;
    });
  }
  return picked;
}

/**
 * Hands the client components below it the parts of the catalogue they read, and no more:
 * the messages travel inside the page's HTML, and the whole catalogue tripled the sign-in
 * page and cost the portal page a third of a second of main-thread time on a phone
 * (BENCHMARKS.md, Lighthouse). Server components read the catalogue on the server, free.
 * A namespace missing here shows as its key in the page, which the browser suites read.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Catalogue;
  return <NextIntlClientProvider messages={pick(messages, [...EVERY_PAGE, ...namespaces])}>{children}</NextIntlClientProvider>;
}
