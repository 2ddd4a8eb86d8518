import { afterAll, vi } from "vitest";
import { describeDispatch } from "../dispatch.conformance";
import { describeReliability } from "../reliability.conformance";
import { redisHarness } from "./redis-harness";

// The bus's behaviour suites, on the real Redis, one instance per bus.
const redis = redisHarness("conformance");
// Each test starts a transport on the shared Redis (a lease round, a recovery scan): slack for a busy machine.
vi.setConfig({ testTimeout: 20_000 });
afterAll(() => redis.cleanup());

describeDispatch("redis-streams", redis.harness);
describeReliability("redis-streams", redis.harness);
