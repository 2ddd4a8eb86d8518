import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/shared/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and Node-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pino"],
  experimental: {
    // Forms here send a few hundred bytes; Next's default allows 1 MB. Origin checks stay on (no allowedOrigins).
    serverActions: { bodySizeLimit: "64kb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
