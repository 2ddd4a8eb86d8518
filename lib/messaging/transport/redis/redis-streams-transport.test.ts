import { afterAll } from "vitest";
import { describeDispatch } from "../dispatch.conformance";
import { describeReliability } from "../reliability.conformance";
import { redisHarness } from "./redis-harness";

// The bus's behaviour suites, on the real Redis, one instance per bus.
const redis = redisHarness("conformance");
afterAll(() => redis.cleanup());

describeDispatch("redis-streams", redis.harness);
describeReliability("redis-streams", redis.harness);
