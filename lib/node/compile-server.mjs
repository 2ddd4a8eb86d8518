// Compiles server.ts, and everything it imports from this project, into one JavaScript
// file that plain `node` runs (`npm start`): no TypeScript loader in production.
// node_modules stay outside the bundle (packages: "external"), as in Next's own server
// bundles, so each package loads from node_modules as it did under the loader.
import path from "node:path";
import { buildSync } from "esbuild";

/** Where the compiled server lives: inside .next, so it goes (and is rebuilt) with the build it serves. */
export const COMPILED_SERVER = path.join(".next", "tourbus-server", "server.mjs");

/**
 * Compiles `root`/server.ts to `root`/.next/tourbus-server/server.mjs, with a source
 * map: `npm start` runs node with --enable-source-maps, so stacks name the .ts lines.
 * @param {string} root
 * @param {string} [outfile] relative to root; elsewhere only for the test
 */
export function compileServer(root, outfile = COMPILED_SERVER) {
  buildSync({
    absWorkingDir: root,
    entryPoints: ["server.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20.19",
    packages: "external",
    // `import "server-only"` throws outside Next's react-server bundles; the custom server is
    // server code by definition, so the marker becomes its empty module (as
    // lib/node/allow-server-only.mjs does for the TypeScript loader in development).
    alias: { "server-only": "./node_modules/server-only/empty.js" },
    tsconfig: "tsconfig.json",
    sourcemap: true,
    // Not minified: a production stack trace or heap snapshot names real functions.
    minify: false,
    logLevel: "warning",
  });
}
