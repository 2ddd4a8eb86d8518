// server.ts runs in plain Node, where `import "server-only"` throws: that marker only
// resolves to an empty module under the "react-server" condition Next sets for its
// server bundles. The custom server is server code by definition, so this loader
// (passed with `node --import`) resolves the marker to its empty module here too.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === "server-only") {
          return { url: "data:text/javascript,", format: "module", shortCircuit: true };
        }
        return next(specifier, context);
      }
    `),
);
