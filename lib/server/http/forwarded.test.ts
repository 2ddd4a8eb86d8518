import { describe, expect, it } from "vitest";
import { clientAddress, forwardedHttps } from "./forwarded";

const proxy = "10.0.0.2";

describe("clientAddress", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ remoteAddress: "::ffff:203.0.113.9", forwardedFor: "198.51.100.1", trust: false })).toBe(
      "203.0.113.9",
    );
  });

  it("is the entry the trusted proxy appended, never one the client wrote further left", () => {
    const forwardedFor = "6.6.6.6, 198.51.100.1";
    expect(clientAddress({ remoteAddress: proxy, forwardedFor, trust: true })).toBe("198.51.100.1");
    expect(clientAddress({ remoteAddress: proxy, forwardedFor, trust: [proxy] })).toBe("198.51.100.1");
  });

  it("skips each listed proxy in a chain, and trusts nothing from an unlisted peer", () => {
    const chain = "6.6.6.6, 198.51.100.1, 10.0.0.3";
    expect(clientAddress({ remoteAddress: `::ffff:${proxy}`, forwardedFor: chain, trust: [proxy, "10.0.0.3"] })).toBe(
      "198.51.100.1",
    );
    expect(clientAddress({ remoteAddress: "203.0.113.9", forwardedFor: chain, trust: [proxy] })).toBe("203.0.113.9");
  });

  it("takes ranges and names as Express's trust proxy does (proxy-addr)", () => {
    const chain = "6.6.6.6, 198.51.100.1, 10.20.30.40";
    expect(clientAddress({ remoteAddress: "::ffff:10.1.2.3", forwardedFor: chain, trust: ["10.0.0.0/8"] })).toBe("198.51.100.1");
    expect(clientAddress({ remoteAddress: "fd12::1", forwardedFor: chain, trust: ["uniquelocal"] })).toBe("198.51.100.1");
    expect(clientAddress({ remoteAddress: "::1", forwardedFor: "198.51.100.1", trust: ["loopback"] })).toBe("198.51.100.1");
    expect(clientAddress({ remoteAddress: "127.0.0.1", forwardedFor: "198.51.100.1", trust: ["loopback"] })).toBe("198.51.100.1");
    expect(clientAddress({ remoteAddress: "11.0.0.1", forwardedFor: chain, trust: ["10.0.0.0/8"] })).toBe("11.0.0.1");
  });

  it("takes a loopback entry as the client's even when loopback is trusted: a local client cannot pick its address", () => {
    // A process on the proxy's machine wrote 6.6.6.6; the proxy appended the loopback address it came from.
    for (const trust of [["loopback"], ["127.0.0.1", "::1"]]) {
      expect(clientAddress({ remoteAddress: "127.0.0.1", forwardedFor: "6.6.6.6, 127.0.0.1", trust })).toBe("127.0.0.1");
      expect(clientAddress({ remoteAddress: "::1", forwardedFor: "6.6.6.6, ::1", trust })).toBe("::1");
    }
  });

  it("falls back to the peer when the header is missing or not an address", () => {
    expect(clientAddress({ remoteAddress: proxy, forwardedFor: undefined, trust: true })).toBe(proxy);
    expect(clientAddress({ remoteAddress: proxy, forwardedFor: "<script>", trust: true })).toBe(proxy);
  });
});

describe("forwardedHttps", () => {
  it("believes X-Forwarded-Proto only from a trusted peer", () => {
    expect(forwardedHttps({ remoteAddress: proxy, forwardedProto: "https", trust: true })).toBe(true);
    expect(forwardedHttps({ remoteAddress: proxy, forwardedProto: "HTTPS", trust: [proxy] })).toBe(true);
    expect(forwardedHttps({ remoteAddress: proxy, forwardedProto: "http", trust: true })).toBe(false);
    expect(forwardedHttps({ remoteAddress: proxy, forwardedProto: "https", trust: false })).toBe(false);
    expect(forwardedHttps({ remoteAddress: "203.0.113.9", forwardedProto: "https", trust: [proxy] })).toBe(false);
    expect(forwardedHttps({ remoteAddress: "::ffff:10.9.9.9", forwardedProto: "https", trust: ["10.0.0.0/8"] })).toBe(true);
    expect(forwardedHttps({ remoteAddress: "192.0.2.1", forwardedProto: "https", trust: ["loopback", "10.0.0.0/8"] })).toBe(
      false,
    );
  });
});
