/** The bench drives only servers it started: the busId check and the ready line it relies on. */
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { ForeignServerError, freePort, parseReadyLine, verifyOwnServer } from "./lib/own-server";

let server: Server | undefined;

/** A stand-in for some other tourbus already listening: its /api/health answers with `busId`. */
async function fakeHealthServer(busId: string): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true, busId }));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe("own server check", () => {
  it("refuses a server whose busId is not the one our child logged", async () => {
    const baseUrl = await fakeHealthServer("someone-elses-bus");
    await expect(verifyOwnServer(baseUrl, "our-bus")).rejects.toBeInstanceOf(ForeignServerError);
  });

  it("accepts the server whose busId our child logged", async () => {
    const baseUrl = await fakeHealthServer("our-bus");
    await expect(verifyOwnServer(baseUrl, "our-bus")).resolves.toBeUndefined();
  });

  it("reads port and busId from the server's pino ready line, and nothing else", () => {
    const ready = JSON.stringify({
      level: 30,
      app: "tourbus",
      port: 41234,
      busId: "b-1",
      msg: "tourbus ready on http://localhost:41234",
    });
    expect(parseReadyLine(ready)).toEqual({ port: 41234, busId: "b-1" });
    expect(parseReadyLine(JSON.stringify({ level: 30, msg: "recovered unfinished bus work" }))).toBeUndefined();
    expect(parseReadyLine("tourbus ready on http://localhost:3000")).toBeUndefined();
  });

  it("gets a port from the kernel that can be bound", async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
  });
});
