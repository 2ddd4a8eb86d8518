/**
 * RabbitMQ as a peer (amqplib): durable queues, persistent messages, publisher
 * confirms on every publish, prefetch 10 on the consumers.
 */
import { connect, type ConfirmChannel, type ConsumeMessage } from "amqplib";
import { inventoryListener, setupListener, type Peer, type PeerReply, type PeerTask } from "./peer";

const PREFETCH = 10;

/** Resolves when the broker confirms the message (for a persistent one on a durable queue: once it is on disk). */
function confirmedSend(channel: ConfirmChannel, queue: string, body: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.sendToQueue(
      queue,
      Buffer.from(JSON.stringify(body)),
      { persistent: true, contentType: "application/json" },
      (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()),
    );
  });
}

export const rabbitMq: Peer = {
  system: "RabbitMQ (amqplib: durable, persistent, confirms, prefetch 10)",
  durability: "durable queues, persistent messages; confirmed once written to disk",
  durable: true,
  async connect(connectTimeoutMs) {
    const connection = await connect(
      { protocol: "amqp", hostname: "127.0.0.1", port: 5672, username: "guest", password: "guest" },
      { timeout: connectTimeoutMs },
    );
    return {
      abandon: () => connection.close(),
      async open(runId, onReply) {
        const setupQueue = `${runId}-setup`;
        const replyQueue = `${runId}-replies`;
        const producer = await connection.createConfirmChannel();
        const worker = await connection.createConfirmChannel();
        const replies = await connection.createChannel();
        for (const queue of [setupQueue, replyQueue]) await producer.assertQueue(queue, { durable: true });
        await worker.prefetch(PREFETCH);
        await replies.prefetch(PREFETCH);
        // Deliveries come one callback at a time, in order: Setup then Inventory run there; the input is
        // acked once both replies are confirmed, so at most PREFETCH inputs wait for confirms at once.
        const confirming = new Set<Promise<void>>();
        const handle = (message: ConsumeMessage) => {
          const task = JSON.parse(message.content.toString()) as PeerTask;
          const setupReply = confirmedSend(worker, task.responseDestinationName, setupListener(task));
          const inventoryReply = confirmedSend(worker, task.responseDestinationName, inventoryListener(task));
          const done: Promise<void> = Promise.all([setupReply, inventoryReply])
            .then(
              () => worker.ack(message),
              () => worker.nack(message),
            )
            .finally(() => confirming.delete(done));
          confirming.add(done);
        };
        const setupConsumer = await worker.consume(setupQueue, (message) => {
          if (message) handle(message);
        });
        const replyConsumer = await replies.consume(replyQueue, (message) => {
          if (!message) return;
          onReply(JSON.parse(message.content.toString()) as PeerReply);
          replies.ack(message);
        });
        return {
          replyDestination: replyQueue,
          publish: (task) => confirmedSend(producer, setupQueue, task),
          async close() {
            await worker.cancel(setupConsumer.consumerTag);
            await replies.cancel(replyConsumer.consumerTag);
            await Promise.all(confirming);
            for (const queue of [setupQueue, replyQueue]) await producer.deleteQueue(queue);
            await connection.close();
          },
        };
      },
    };
  },
};
