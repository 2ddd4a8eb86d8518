/**
 * A minimal Redis (RESP2) client for BullMQ in the bench. BullMQ 6 leaves its Redis
 * driver to the user (ioredis and redis are optional peers, and neither is in this
 * project's lockfile), but it ships an adapter for Bun's built-in client, which only
 * needs `send(command, args)` and a few lifecycle members. This class has exactly
 * that shape over `node:net`, so BullMQ runs here without another dependency.
 * Not a general client: no RESP3, no pub/sub, no reconnect (the bench runs briefly).
 */
import { connect as netConnect, type Socket } from "node:net";
import type { BunRedisRawClient, RedisCommandArgument } from "bullmq";

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Parsed reply, or undefined when `buffer` does not yet hold a whole one. */
type Parsed = { value: unknown; next: number } | undefined;

export class RespClient implements BunRedisRawClient {
  connected = false;
  onconnect: (() => void) | null = null;
  onclose: ((error?: Error) => void) | null = null;
  onerror: ((error: Error) => void) | null = null;
  private socket: Socket | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];

  constructor(private readonly target: { host: string; port: number; connectTimeoutMs?: number }) {}

  get url(): string {
    return `redis://${this.target.host}:${this.target.port}`;
  }

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = netConnect({ host: this.target.host, port: this.target.port, noDelay: true });
      const timer = setTimeout(
        () => socket.destroy(new Error(`Redis at ${this.url}: no connection in ${this.target.connectTimeoutMs ?? 3000} ms`)),
        this.target.connectTimeoutMs ?? 3000,
      );
      socket.once("connect", () => {
        clearTimeout(timer);
        this.socket = socket;
        this.connected = true;
        this.onconnect?.();
        resolve();
      });
      socket.on("data", (chunk) => this.receive(chunk));
      socket.once("error", (error) => {
        clearTimeout(timer);
        if (!this.connected) reject(error);
        else this.onerror?.(error);
      });
      socket.once("close", () => {
        const wasConnected = this.connected;
        this.connected = false;
        // BullMQ's adapter recognises this message as "the connection closed", not a command error.
        for (const waiter of this.pending.splice(0)) waiter.reject(new Error("Connection closed"));
        if (wasConnected) this.onclose?.();
      });
    });
  }

  close(): void {
    this.socket?.end();
    this.socket?.destroy();
  }

  /** A new, unconnected client for the same server (BullMQ's blocking connections). */
  async duplicate(): Promise<this> {
    return new RespClient(this.target) as this;
  }

  send<T = unknown>(command: string, args: RedisCommandArgument[]): Promise<T> {
    if (!this.socket || !this.connected) return Promise.reject(new Error("Connection closed"));
    const parts = [command, ...args].map((part) => (Buffer.isBuffer(part) ? part : Buffer.from(String(part))));
    const frame: Buffer[] = [Buffer.from(`*${parts.length}\r\n`)];
    for (const part of parts) frame.push(Buffer.from(`$${part.length}\r\n`), part, Buffer.from("\r\n"));
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ resolve: resolve as (value: unknown) => void, reject });
      this.socket!.write(Buffer.concat(frame));
    });
  }

  get(key: string): Promise<string | null> {
    return this.send("GET", [key]);
  }

  smembers(key: string): Promise<unknown[]> {
    return this.send("SMEMBERS", [key]);
  }

  incr(key: string): Promise<number> {
    return this.send("INCR", [key]);
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    let offset = 0;
    for (;;) {
      const parsed = parseReply(this.buffer, offset);
      if (!parsed) break;
      offset = parsed.next;
      const waiter = this.pending.shift();
      if (!waiter) continue;
      if (parsed.value instanceof Error) waiter.reject(parsed.value);
      else waiter.resolve(parsed.value);
    }
    this.buffer = this.buffer.subarray(offset);
  }
}

/**
 * One RESP2 reply from `offset`. Bulk strings become strings (as Bun's client gives
 * them), errors become Error values (inside an EXEC array they stay values, as
 * BullMQ's adapter expects).
 */
export function parseReply(buffer: Buffer, offset: number): Parsed {
  const lineEnd = buffer.indexOf("\r\n", offset);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buffer[offset]!);
  const line = buffer.toString("utf8", offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (type) {
    case "+":
      return { value: line, next: afterLine };
    case "-":
      return { value: new Error(line), next: afterLine };
    case ":":
      return { value: Number(line), next: afterLine };
    case "$": {
      const length = Number(line);
      if (length < 0) return { value: null, next: afterLine };
      if (buffer.length < afterLine + length + 2) return undefined;
      return { value: buffer.toString("utf8", afterLine, afterLine + length), next: afterLine + length + 2 };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { value: null, next: afterLine };
      const items: unknown[] = [];
      let next = afterLine;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new Error(`RESP: unexpected reply type ${JSON.stringify(type)}`);
  }
}
