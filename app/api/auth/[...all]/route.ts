import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/server/auth/auth";
import { clientIp } from "@/lib/server/auth/client-ip";
import { guardSignIn } from "@/lib/server/auth/sign-in-guard";
import { errorResponse, MAX_JSON_BYTES, tooLarge } from "@/lib/server/http/responses";
import { AppError } from "@/lib/server/app-error";

const handler = toNextJsHandler(auth);

/**
 * The few better-auth endpoints the portal uses over HTTP (curl, scripts): the rest
 * (profile edits, account linking…) are not part of tourbus and answer 404.
 */
const SIGN_IN_PATH = "/api/auth/sign-in/email";
const OPEN_PATHS = new Set([SIGN_IN_PATH, "/api/auth/sign-out", "/api/auth/get-session"]);

function refuseUnknown(request: Request): Response | undefined {
  if (OPEN_PATHS.has(new URL(request.url).pathname)) return undefined;
  return errorResponse(new AppError("not_found", "No such sign-in endpoint."));
}

export async function GET(request: Request) {
  return refuseUnknown(request) ?? handler.GET(request);
}

/** Sign-in over HTTP counts into the same lockout as the sign-in form. */
export async function POST(request: Request) {
  const refused = refuseUnknown(request);
  if (refused) return refused;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) return errorResponse(tooLarge());
  if (new URL(request.url).pathname !== SIGN_IN_PATH) return handler.POST(request);
  const body: unknown = await request.clone().json().catch(() => null);
  const email = typeof body === "object" && body !== null && "email" in body && typeof body.email === "string" ? body.email : "";
  let response: Response | undefined;
  try {
    await guardSignIn(email, clientIp(request.headers), async () => {
      response = await handler.POST(request);
      return response.ok;
    });
  } catch (error) {
    return errorResponse(error);
  }
  return response ?? errorResponse(new AppError("internal", "Sign-in gave no answer."));
}
