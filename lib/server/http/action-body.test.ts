import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ACTION_NESTING, nestingDepth, screenActionBody } from "./action-body";
import { MAX_DRAINED_BYTES, MAX_JSON_BYTES } from "./responses";

describe("nestingDepth", () => {
  it("measures the deepest unclosed run, and a form's reply is far below the limit", () => {
    expect(nestingDepth(Buffer.from('[{"status":"idle"},"$K1"]'))).toBe(2);
    expect(nestingDepth(Buffer.from(`${"[".repeat(5000)}${"]".repeat(5000)}`))).toBe(5000);
    expect(nestingDepth(Buffer.from("]]]{}"))).toBe(1);
    expect(MAX_ACTION_NESTING).toBeLessThan(5000);
  });
});

describe("screenActionBody", () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      void screenActionBody(req, res).then((screened) => screened && res.end(`passed ${screened.headers["content-length"]}`));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /**
   * Sends the headers and the first chunk, waits for the server to answer, then sends
   * the rest, as a client that reads only after writing its whole body (Playwright's
   * request does): a write refused by a closed connection is an EPIPE or a reset.
   */
  function postInTwoParts(first: Buffer, rest: Buffer): Promise<{ answer: string; error?: string }> {
    return new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      const outcome: { answer: string; error?: string } = { answer: "" };
      socket.on("data", (chunk: Buffer) => (outcome.answer += chunk.toString()));
      const onError = (error?: NodeJS.ErrnoException | null) => error && (outcome.error ??= error.code);
      socket.on("error", onError);
      const head = `POST / HTTP/1.1\r\nHost: x\r\nNext-Action: x\r\nContent-Length: ${first.length + rest.length}\r\n\r\n`;
      socket.write(Buffer.concat([Buffer.from(head), first]));
      setTimeout(() => socket.write(rest, onError), 300);
      setTimeout(() => {
        socket.destroy();
        console.log("OUTCOME", outcome.answer.slice(0, 200), outcome.error);
        resolve(outcome);
      }, 1500);
    });
  }

  it("answers an oversized body 413 and reads the rest, so a client still sending gets the answer, not a reset", async () => {
    const { answer, error } = await postInTwoParts(Buffer.alloc(MAX_JSON_BYTES + 1, "x"), Buffer.alloc(2 * 1024 * 1024, "x"));
    expect(error).toBeUndefined();
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain(
      JSON.stringify({ error: { code: "payload_too_large", message: "The request body is larger than 64 KiB." } }),
    );
  });

  it("closes the connection under a body past MAX_DRAINED_BYTES instead of reading it all", async () => {
    const { answer, error } = await postInTwoParts(Buffer.alloc(MAX_JSON_BYTES + 1, "x"), Buffer.alloc(MAX_DRAINED_BYTES, "x"));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(error).toMatch(/EPIPE|ECONNRESET/);
  });

  it("hands a body within the limit on, whole", async () => {
    const { answer, error } = await postInTwoParts(Buffer.from('[{"status":'), Buffer.from('"idle"}]'));
    expect(error).toBeUndefined();
    expect(answer).toMatch(/^HTTP\/1\.1 200 [^]*passed 19/);
  });
});
