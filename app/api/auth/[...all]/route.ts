import { toNextJsHandler } from "better-auth/next-js";
import { AppError } from "@/lib/server/app-error";
import { auth } from "@/lib/server/auth/auth";
import { clientIp } from "@/lib/server/auth/client-ip";
import { guardSignIn } from "@/lib/server/auth/sign-in-guard";
import { errorResponse, parseJson, readBodyText, requireJsonContentType } from "@/lib/server/http/responses";
import { signInSchema } from "@/lib/shared/sign-in";

const handler = toNextJsHandler(auth);

/**
 * The better-auth endpoints the portal uses over HTTP (curl, scripts): the rest
 * (profile edits, session lists, account linking…) are not part of tourbus and
 * answer 404.
 */
const SIGN_IN_PATH = "/api/auth/sign-in/email";
const OPEN_PATHS = new Set([SIGN_IN_PATH, "/api/auth/sign-out"]);

export async function GET() {
  return errorResponse(new AppError("not_found", "No such sign-in endpoint."));
}

/**
 * Sign-in over HTTP: JSON only, read within the size limit, the email checked here,
 * and counted into the same lockout as the sign-in form. The checked body is what
 * better-auth then reads, so the email it signs in is the one that was counted.
 */
export async function POST(request: Request) {
  const path = new URL(request.url).pathname;
  if (!OPEN_PATHS.has(path)) return errorResponse(new AppError("not_found", "No such sign-in endpoint."));
  try {
    if (path !== SIGN_IN_PATH) return await handler.POST(withBody(request, await readBodyText(request)));
    requireJsonContentType(request);
    const text = await readBodyText(request);
    const { email } = parseJson(text, signInSchema);
    let response: Response | undefined;
    await guardSignIn(email, clientIp(request.headers), async () => {
      response = await handler.POST(withBody(request, text));
      return response.ok;
    });
    return response ?? errorResponse(new AppError("internal", "Sign-in gave no answer."));
  } catch (error) {
    return errorResponse(error);
  }
}

/** The request again, with the body already read (and checked) in place of the stream. */
function withBody(request: Request, body: string): Request {
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return new Request(request.url, { method: request.method, headers, body: body || undefined });
}
