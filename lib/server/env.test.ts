import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** Loads env.ts afresh under the given settings (it reads them once, at import). */
async function loadEnv(settings: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  return (await import("./env")).env;
}

const secret = "s".repeat(40);

describe("env: the session secret", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is required in production, with a message that says how to set it", async () => {
    await expect(loadEnv({ NODE_ENV: "production", AUTH_SECRET: undefined, AUTH_SECRET_FILE: undefined })).rejects.toThrow(
      /AUTH_SECRET: missing[\s\S]*openssl rand/,
    );
  });

  it("must be long enough", async () => {
    await expect(loadEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).rejects.toThrow(/AUTH_SECRET: must be at least 32/);
  });

  it("comes from AUTH_SECRET, or from the file AUTH_SECRET_FILE names", async () => {
    expect((await loadEnv({ NODE_ENV: "production", AUTH_SECRET: secret })).AUTH_SECRET).toBe(secret);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tourbus-")), "secret");
    writeFileSync(file, `${secret}\n`);
    expect((await loadEnv({ NODE_ENV: "production", AUTH_SECRET: undefined, AUTH_SECRET_FILE: file })).AUTH_SECRET).toBe(secret);
  });

  it("refuses a secret file that is missing", async () => {
    await expect(
      loadEnv({ NODE_ENV: "production", AUTH_SECRET: undefined, AUTH_SECRET_FILE: "/nonexistent/tourbus-secret" }),
    ).rejects.toThrow(/AUTH_SECRET_FILE: cannot read/);
  });

  it("is made up per process outside production, never a fixed default", async () => {
    const first = (await loadEnv({ NODE_ENV: "development", AUTH_SECRET: undefined, AUTH_SECRET_FILE: undefined })).AUTH_SECRET;
    const second = (await loadEnv({ NODE_ENV: "development", AUTH_SECRET: undefined, AUTH_SECRET_FILE: undefined })).AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(first).not.toBe(second);
  });
});

describe("env: TRUST_PROXY", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("trusts nobody by default, anybody with true, or the listed addresses, ranges and names", async () => {
    expect((await loadEnv({ TRUST_PROXY: undefined })).TRUST_PROXY).toBe(false);
    expect((await loadEnv({ TRUST_PROXY: "true" })).TRUST_PROXY).toBe(true);
    expect((await loadEnv({ TRUST_PROXY: " 10.0.0.2, ::ffff:10.0.0.3,::1 " })).TRUST_PROXY).toEqual([
      "10.0.0.2",
      "10.0.0.3",
      "::1",
    ]);
    expect((await loadEnv({ TRUST_PROXY: "10.0.0.0/8, loopback,uniquelocal, fd00::/8" })).TRUST_PROXY).toEqual([
      "10.0.0.0/8",
      "loopback",
      "uniquelocal",
      "fd00::/8",
    ]);
  });

  it("refuses anything else, naming the entry that is not an address, range or name", async () => {
    await expect(loadEnv({ TRUST_PROXY: "yes" })).rejects.toThrow(/TRUST_PROXY: .*not one of those: yes/);
    await expect(loadEnv({ TRUST_PROXY: "10.0.0.2, proxy.local" })).rejects.toThrow(/not one of those: proxy\.local$/m);
    await expect(loadEnv({ TRUST_PROXY: "10.0.0.0/33" })).rejects.toThrow(/not one of those: 10\.0\.0\.0\/33/);
  });
});

describe("env: SEED_DEMO_USERS", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("follows SEED_DEMO_DATA unless set", async () => {
    expect((await loadEnv({ SEED_DEMO_DATA: "false", SEED_DEMO_USERS: undefined })).SEED_DEMO_USERS).toBe(false);
    expect((await loadEnv({ SEED_DEMO_DATA: "true", SEED_DEMO_USERS: undefined })).SEED_DEMO_USERS).toBe(true);
    expect((await loadEnv({ SEED_DEMO_DATA: "false", SEED_DEMO_USERS: "true" })).SEED_DEMO_USERS).toBe(true);
  });
});

describe("env: DATABASE_URL", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes a SQLite file or a PostgreSQL database", async () => {
    expect((await loadEnv({ DATABASE_URL: undefined })).DATABASE_URL).toBe("file:./data/tourbus.db");
    expect((await loadEnv({ DATABASE_URL: "file:/var/lib/tourbus/tourbus.db" })).DATABASE_URL).toBe(
      "file:/var/lib/tourbus/tourbus.db",
    );
    const postgres = "postgresql://tourbus:s3cret@db.internal:5432/tourbus?sslmode=require";
    expect((await loadEnv({ DATABASE_URL: postgres })).DATABASE_URL).toBe(postgres);
    expect((await loadEnv({ DATABASE_URL: "postgres://127.0.0.1/tourbus" })).DATABASE_URL).toBe("postgres://127.0.0.1/tourbus");
  });

  it("refuses anything else, saying which two kinds it takes", async () => {
    for (const url of ["mysql://127.0.0.1/tourbus", "postgresql://", "postgresql://db.internal", "file:", "tourbus.db"]) {
      await expect(loadEnv({ DATABASE_URL: url }), url).rejects.toThrow(
        /DATABASE_URL: a SQLite file URL \(file:.*\) or a PostgreSQL URL \(postgresql:\/\/user:password@host:5432\/database\)/,
      );
    }
  });
});

describe("env: REDIS_URL", () => {
  afterEach(() => vi.unstubAllEnvs());

  const postgres = "postgresql://postgres@127.0.0.1:5432/tourbus";

  it("is optional, and a redis:// or rediss:// URL when set", async () => {
    expect((await loadEnv({ REDIS_URL: undefined })).REDIS_URL).toBeUndefined();
    expect((await loadEnv({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: postgres })).REDIS_URL).toBe(
      "redis://127.0.0.1:6379",
    );
    expect((await loadEnv({ REDIS_URL: "rediss://user:pw@cache.example:6380/2", DATABASE_URL: postgres })).REDIS_URL).toBe(
      "rediss://user:pw@cache.example:6380/2",
    );
  });

  it("refuses anything else with a message that says what is expected", async () => {
    await expect(loadEnv({ REDIS_URL: "127.0.0.1:6379", DATABASE_URL: postgres })).rejects.toThrow(
      /REDIS_URL: a redis:\/\/ or rediss:\/\/ URL/,
    );
  });

  it("is refused with a SQLite database, saying the cluster needs PostgreSQL", async () => {
    await expect(loadEnv({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: "file:./data/tourbus.db" })).rejects.toThrow(
      /REDIS_URL: .*one PostgreSQL database; DATABASE_URL names a SQLite file/,
    );
    await expect(loadEnv({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: undefined })).rejects.toThrow(
      /DATABASE_URL names a SQLite file/,
    );
  });
});

describe("env: REDIS_PREFIX", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is tourbus unless set", async () => {
    expect((await loadEnv({ REDIS_PREFIX: undefined })).REDIS_PREFIX).toBe("tourbus");
    expect((await loadEnv({ REDIS_PREFIX: " tourbus-staging " })).REDIS_PREFIX).toBe("tourbus-staging");
  });

  it("refuses an empty prefix or one with spaces", async () => {
    await expect(loadEnv({ REDIS_PREFIX: "" })).rejects.toThrow(/REDIS_PREFIX: a key prefix without spaces/);
    await expect(loadEnv({ REDIS_PREFIX: "tour bus" })).rejects.toThrow(/REDIS_PREFIX: a key prefix without spaces/);
  });
});

describe("env: METRICS_TOKEN", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is optional, and a secret of at least 32 characters when set", async () => {
    expect((await loadEnv({ METRICS_TOKEN: undefined })).METRICS_TOKEN).toBeUndefined();
    expect((await loadEnv({ METRICS_TOKEN: "t".repeat(32) })).METRICS_TOKEN).toBe("t".repeat(32));
    await expect(loadEnv({ METRICS_TOKEN: "short" })).rejects.toThrow(/METRICS_TOKEN: must be at least 32 characters/);
  });
});
