import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "./log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ ...loggerOptions, level: "info" }, stream), lines };
}

describe("the logger", () => {
  it("never writes passwords, tokens, cookies or authorization headers", () => {
    const { logger, lines } = capture();
    logger.info(
      {
        body: { email: "a@b.c", password: "hunter2-secret" },
        token: "tb_plain-token",
        req: { headers: { authorization: "Bearer tb_abc", cookie: "better-auth.session_token=xyz" } },
      },
      "sign-in",
    );
    const line = lines.join("");
    for (const secret of ["hunter2-secret", "tb_plain-token", "Bearer tb_abc", "session_token=xyz"]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain("a@b.c");
    expect(line).toContain("[redacted]");
  });
});
