import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { getBus } from "@/lib/server/bus/get-bus";
import { errorResponse, readJson } from "@/lib/server/http/responses";
import { replaySchema } from "@/lib/features/message-bus/schema";

/** Sends a dead-lettered delivery to its listener again: 202, or 404 when there is none. */
export async function POST(request: Request) {
  try {
    await authenticateRequest(request, "bus:replay");
    const { messageId, listener } = await readJson(request, replaySchema);
    await getBus().replay(messageId, listener);
    return Response.json({ replayed: { messageId, listener } }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
