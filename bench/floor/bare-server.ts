/**
 * The floor (issue 19, goal 2): a bare `node:http` + Socket.IO server answering the
 * throughput suite's workload with nothing else. `POST /api/tasks` parses the JSON,
 * answers 201 with an id, and in the next turn pushes the two `task:reply` events
 * ("setup", then "inventory") to every connected socket, as the portal's pushes read
 * (bench/lib/portal-frames.ts). No storage, no auth, no bus: what any server on this
 * stack pays per task. Run as its own process so its CPU can be read from /proc.
 *
 * Prints the same JSON "ready" line as server.ts (port and a fresh busId) and answers
 * `/api/health` with that busId, so the harness's own-server check applies unchanged.
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { Server } from "socket.io";

const port = Number(process.env.PORT);
const busId = randomUUID();
let seq = 0;

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/api/health") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, busId }));
    return;
  }
  if (request.method !== "POST" || request.url !== "/api/tasks") {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    let body: { name?: unknown; description?: unknown; status?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
    } catch {
      response.writeHead(400).end();
      return;
    }
    const task = {
      id: randomUUID(),
      name: body.name,
      description: body.description,
      status: body.status,
      createdAt: new Date().toISOString(),
    };
    response.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(task));
    // A turn later, as the app's listeners answer after the request's commit.
    setImmediate(() => {
      for (const from of ["setup", "inventory"]) {
        const reply = {
          id: randomUUID(),
          from,
          kind: from === "setup" ? "ack" : "answer",
          answer: `${from} done`,
          createdAt: new Date().toISOString(),
        };
        io.emit("task:reply", { taskId: task.id, reply }, ++seq);
      }
    });
  });
});
const io = new Server(server, { transports: ["websocket"] });

server.listen(port, "127.0.0.1", () => {
  console.log(
    JSON.stringify({
      level: 30,
      msg: `tourbus ready on http://127.0.0.1:${port} (the floor: bare node:http + Socket.IO)`,
      port,
      busId,
    }),
  );
});
process.on("SIGTERM", () => {
  void io.close();
  server.close(() => process.exit(0));
});
