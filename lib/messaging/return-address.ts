/**
 * Finds a message's return address. The envelope's `responseDestination` wins;
 * otherwise the tutorial's way is honoured: a `responseDestinationName` inside the
 * payload, which may be an object or the JSON text Liferay's example sends.
 */
export function resolveReturnAddress(payload: unknown, explicit?: string): string | undefined {
  if (explicit) return explicit;
  const body = typeof payload === "string" ? parseJsonObject(payload) : payload;
  if (body && typeof body === "object" && "responseDestinationName" in body) {
    const name = (body as { responseDestinationName: unknown }).responseDestinationName;
    if (typeof name === "string" && name.length > 0) return name;
  }
  return undefined;
}

function parseJsonObject(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
