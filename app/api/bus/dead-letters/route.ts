import { getBus } from "@/lib/server/bus/get-bus";
import { errorResponse } from "@/lib/server/http/responses";

export const dynamic = "force-dynamic";

/** Dead deliveries, newest first, each with its message and last error. */
export async function GET() {
  try {
    const dead = await getBus().deadLetters(100);
    return Response.json({
      deadLetters: dead.map(({ message, deliveries }) => ({
        message,
        deliveries: deliveries.filter((d) => d.state === "dead"),
      })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
