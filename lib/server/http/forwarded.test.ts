import { describe, expect, it } from "vitest";
import { clientAddress, forwardedHttps } from "./forwarded";

const proxy = "10.0.0.2";

describe("clientAddress", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ remoteAddress: "::ffff:203.0.113.9", forwardedFor: "198.51.100.1", trust: false })).toBe("203.0.113.9");
  });

  it("is the entry the trusted proxy appended, never one the client wrote further left", () => {
    const forwardedFor = "6.6.6.6, 198.51.100.1";
    expect(clientAddress({ remoteAddress: proxy, forwardedFor, trust: true })).toBe("198.51.100.1");
    expect(clientAddress({ remoteAddress: proxy, forwardedFor, trust: [proxy] })).toBe("198.51.100.1");
  });

  it("skips each listed proxy in a chain, and trusts nothing from an unlisted peer", () => {
    const chain = "6.6.6.6, 198.51.100.1, 10.0.0.3";
    expect(clientAddress({ remoteAddress: `::ffff:${proxy}`, forwardedFor: chain, trust: [proxy, "10.0.0.3"] })).toBe("198.51.100.1");
    expect(clientAddress({ remoteAddress: "203.0.113.9", forwardedFor: chain, trust: [proxy] })).toBe("203.0.113.9");
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
  });
});
