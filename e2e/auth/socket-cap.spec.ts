import { expect, test } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import { MAX_SOCKETS_PER_USER, TOO_MANY_SOCKETS } from "@/lib/shared/realtime-events";
import { sessionCookieOf } from "../support/auth";

/** Opens a socket as the role; resolves with it once connected, or with the refusal's message. */
function open(baseURL: string, cookie: string): Promise<{ socket: Socket; refused?: string }> {
  const socket = io(baseURL, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie } });
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ socket }));
    socket.once("connect_error", (error) => resolve({ socket, refused: error.message }));
  });
}

test(`one user holds at most ${MAX_SOCKETS_PER_USER} sockets; past that the handshake is refused with a clear message`, async ({
  baseURL,
}) => {
  // The inventory manager: no other suite keeps their pages open.
  const cookie = sessionCookieOf("inventory");
  const sockets: Socket[] = [];
  try {
    const first = await Promise.all(Array.from({ length: MAX_SOCKETS_PER_USER }, () => open(baseURL!, cookie)));
    sockets.push(...first.map((s) => s.socket));
    expect(first.filter((s) => s.refused)).toEqual([]);

    // Several at once past the cap: every one refused, none slips through together.
    const extra = await Promise.all(Array.from({ length: 5 }, () => open(baseURL!, cookie)));
    sockets.push(...extra.map((s) => s.socket));
    expect(extra.map((s) => s.refused)).toEqual(Array(5).fill(TOO_MANY_SOCKETS));

    // Another user is not affected.
    const other = await open(baseURL!, sessionCookieOf("roadie"));
    sockets.push(other.socket);
    expect(other.refused).toBeUndefined();

    // A closed socket frees its slot.
    first[0]!.socket.disconnect();
    await expect
      .poll(async () => {
        const retry = await open(baseURL!, cookie);
        sockets.push(retry.socket);
        if (retry.refused) retry.socket.close();
        return retry.refused ?? "connected";
      })
      .toBe("connected");
  } finally {
    for (const socket of sockets) socket.close();
  }
});
