import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** A server action's id, from the build the e2e server runs (what a page would embed). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!entry) throw new Error(`no server action ${exportedName} in ${filename}`);
  return entry[0];
}

/**
 * Calls a `useActionState` form action the way React's client does — `(previousState,
 * formData)` encoded as a reply: the form's fields prefixed "_1_", then the arguments
 * in field "0" (last: the server resolves the form when it reads "0") — but from
 * outside any page that shows the form, as a forger would.
 */
export async function callFormAction(
  request: APIRequestContext,
  actionId: string,
  options: { origin: string; previousState: unknown; fields: Record<string, string> },
): Promise<APIResponse> {
  // A FormData keeps this order; a plain object would put the integer-like "0" first.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(options.fields)) multipart.append(`_1_${name}`, value);
  multipart.append("0", JSON.stringify([options.previousState, "$K1"]));
  return request.post("/", {
    headers: { "Next-Action": actionId, Origin: options.origin, Accept: "text/x-component" },
    multipart,
  });
}
