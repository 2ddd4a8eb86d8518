import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/shared/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (tsc over the whole tree, server.ts and tests included) checks the types, and
  // `npm test` runs it first; the build checking the same files again cost a minute of every test run.
  typescript: { ignoreBuildErrors: true },
  // Native and Node-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pino"],
  experimental: {
    // Forms here send a few hundred bytes; Next's default allows 1 MB. Origin checks stay on (no allowedOrigins).
    serverActions: { bodySizeLimit: "64kb" },
    // forbidden(): a signed-in user without the permission a page needs gets 403 and app/forbidden.tsx.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

// The catalogues are compiled at build time, so the browser gets no ICU message parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/server/i18n/request.ts",
  experimental: { messages: { path: "./lib/shared/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

export default withNextIntl(nextConfig);
