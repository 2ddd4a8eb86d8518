/**
 * The layers, checked in `npm run lint` (dependency-cruiser counts type imports too):
 * lib/messaging and lib/shared at the bottom, lib/server (the platform) above them,
 * lib/features and components above that, app/ and server.ts on top. No cycles at all.
 */
/**
 * The bus's tests and harnesses may use what the bus does not (vitest, a store). The
 * platform's and lib/shared's tests keep their layer's rule: a test that drives a
 * feature lives with the feature.
 */
const TESTS = "(\\.(test|test-d|conformance)\\.tsx?|-harness\\.ts)$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle, type imports included: split the shared part out, or let one side register with the other.",
      from: {},
      to: { circular: true },
    },
    {
      name: "messaging-stands-alone",
      severity: "error",
      comment: "lib/messaging is the bus: framework-free TypeScript, no Next, no Prisma, no React, nothing of the app.",
      from: { path: "^lib/messaging/", pathNot: TESTS },
      to: {
        pathNot: ["^lib/messaging/", "^node_modules/(zod|@opentelemetry/api|redis|@redis)/", "^node:"],
        dependencyTypesNot: ["core"],
      },
    },
    {
      name: "messaging-no-frameworks",
      severity: "error",
      comment: "lib/messaging imports no Next, Prisma or React.",
      from: { path: "^lib/messaging/" },
      to: { path: "^node_modules/(next|react|react-dom|@prisma|prisma)/" },
    },
    {
      name: "shared-is-the-bottom",
      severity: "error",
      comment: "lib/shared holds what both sides use and names no feature: it imports only lib/shared (and the bus's types).",
      from: { path: "^lib/shared/" },
      to: { path: "^(lib/(server|features|node)|components|app)/" },
    },
    {
      name: "platform-never-imports-features",
      severity: "error",
      comment: "lib/server is the platform: features register with it, it never imports them (nor components or app).",
      from: { path: "^lib/server/" },
      to: { path: "^(lib/features|components|app)/|^server\\.ts$" },
    },
    {
      name: "features-below-app",
      severity: "error",
      comment: "lib/features and components sit under app/: they never import a page, route or server.ts.",
      from: { path: "^(lib/features|components)/", pathNot: TESTS },
      to: { path: "^app/|^server\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/server/db/generated|lib/server/db/generated-postgres|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
