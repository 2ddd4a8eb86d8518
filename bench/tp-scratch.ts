// scratch (not committed): throughput N tasks at concurrency 50 against the smoke server
import { readFileSync } from "node:fs";
import { ReplyTracker } from "./lib/reply-tracker";
import { makeTaskSender } from "./lib/task-sender";
const base = "http://127.0.0.1:3977";
const pid = Number(readFileSync("/tmp/smoke.pid", "utf8"));
const cookie = readFileSync("/tmp/cj", "utf8").split("\n").filter(l => l.includes("session_token")).map(l => { const f = l.split("\t"); return `${f[5]}=${f[6]}`; })[0]!;
const tracker = new ReplyTracker(base, cookie);
await tracker.connected();
const N = Number(process.env.N ?? 2000), C = 50;
const sender = makeTaskSender(base, `Bearer ${readFileSync("/tmp/token", "utf8").trim()}`);
const stat = () => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
for (let i = 0; i < 200; i += C) await Promise.all(Array.from({ length: C }, (_, k) => sender.send(-1 - i - k)));
await new Promise((r) => setTimeout(r, 1000));
const cpu0 = stat();
const before = sender.sent.length;
const t0 = performance.now();
let next = 0;
await Promise.all(Array.from({ length: C }, async () => { while (next < N) await sender.send(next++); }));
const sentSecs = (performance.now() - t0) / 1000;
const ids = sender.sent.slice(before).map((s) => s.id);
while (ids.some((id) => !tracker.completedAt.has(id))) { await new Promise((r) => setTimeout(r, 5)); if (performance.now() - t0 > 60000) break; }
const secs = (performance.now() - t0) / 1000;
const done = ids.filter((id) => tracker.completedAt.has(id)).length;
console.log({ tasksPerSec: Math.round(done / secs), sentPerSec: Math.round(ids.length / sentSecs), done, errors: sender.errors.length, cpuMsPerTask: ((stat() - cpu0) / done).toFixed(2), firstErr: sender.errors[0] });
process.exit(0);
