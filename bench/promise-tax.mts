/**
 * What a promise costs the server beside its work (issue 19): a write of 15 statements
 * awaited one by one, as SqlTx has them (lib/server/db/sql-tx.ts), against the same
 * statements called synchronously, with no AsyncLocalStorage enabled and with as many as
 * the built server has once Next has answered a request (6: Next's own and better-auth's;
 * on Node 20 the first `run` turns on a promise hook for the whole process, for good).
 * CPU time, so a busy machine barely moves it:
 *
 *   node --import tsx bench/promise-tax.mts
 */
import { AsyncLocalStorage } from "node:async_hooks";

const STATEMENTS = 15;
const WRITES = 200_000;
const tx = {
  async run(i: number): Promise<number> {
    return i & 1;
  },
  runNow(i: number): number {
    return i & 1;
  },
};

async function awaited(): Promise<number> {
  let changed = 0;
  for (let i = 0; i < STATEMENTS; i++) changed += await tx.run(i);
  return changed;
}

async function synchronous(): Promise<number> {
  let changed = 0;
  for (let i = 0; i < STATEMENTS; i++) changed += tx.runNow(i);
  return changed;
}

/** CPU nanoseconds per statement, after a warm-up. */
async function nsPerStatement(write: () => Promise<number>): Promise<number> {
  for (let i = 0; i < WRITES / 10; i++) await write();
  const before = process.cpuUsage();
  for (let i = 0; i < WRITES; i++) await write();
  const cpu = process.cpuUsage(before);
  return ((cpu.user + cpu.system) * 1000) / WRITES / STATEMENTS;
}

async function measure(storages: number) {
  const [withPromise, without] = [await nsPerStatement(awaited), await nsPerStatement(synchronous)];
  return { storages, nsPerStatement: +withPromise.toFixed(1), promiseNs: +(withPromise - without).toFixed(1) };
}

console.log(JSON.stringify(await measure(0)));
// Enabled for good by one `run` each, as Next's are by its first request.
const storages = Array.from({ length: 6 }, () => new AsyncLocalStorage<object>());
for (const storage of storages) storage.run({}, () => undefined);
console.log(JSON.stringify(await measure(storages.length)));
