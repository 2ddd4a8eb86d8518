import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { sessionCookieOf } from "../support/auth";

// Next bundles route handlers and server actions apart from server.ts. If the bus were
// a plain module-level singleton, each side would get its own: prove there is one.
test("Next's handlers and the Socket.IO server share one bus instance", async ({ request, baseURL }) => {
  const health = await (await request.get("/api/health")).json();
  expect(health.ok).toBe(true);

  const socket = io(baseURL!, { transports: ["websocket"], extraHeaders: { cookie: sessionCookieOf("admin") } });
  try {
    const hello = await new Promise<{ busId: string }>((resolve, reject) => {
      socket.once("bus:hello", resolve);
      socket.once("connect_error", reject);
    });
    expect(hello.busId).toMatch(/^[0-9a-f-]{36}$/);
    expect(health.busId).toBe(hello.busId);
  } finally {
    socket.close();
  }
});
