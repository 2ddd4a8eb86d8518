/**
 * NATS JetStream as a peer: file-storage streams, every publish awaited until the
 * server's PubAck, durable pull consumers with explicit acks. Through the maintained
 * nats.js v3 modules (@nats-io/transport-node, @nats-io/jetstream), not the legacy `nats` 2.x.
 */
import { AckPolicy, jetstream, jetstreamManager, StorageType, type ConsumerMessages } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import {
  ACKS_IN_FLIGHT,
  boundedInFlight,
  inventoryListener,
  setupListener,
  type Peer,
  type PeerReply,
  type PeerTask,
} from "./peer";

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export const natsJetStream: Peer = {
  system: "NATS JetStream (file stream, acked publish, durable pull consumers)",
  durability: "file storage; acked once stored (fsync on its own interval, as SQLite WAL + synchronous=NORMAL)",
  durable: true,
  async connect(connectTimeoutMs) {
    const nc = await connect({ servers: "127.0.0.1:4222", timeout: connectTimeoutMs, reconnect: false });
    // Throws when the server runs without JetStream: that is "not reachable" for this peer too.
    const jsm = await jetstreamManager(nc, { timeout: connectTimeoutMs });
    const js = jetstream(nc);
    return {
      abandon: () => nc.close(),
      async open(runId, onReply) {
        const setup = { stream: `${runId}-setup`, subject: `${runId}.setup` };
        const replies = { stream: `${runId}-replies`, subject: `${runId}.replies` };
        const streams = [setup.stream, replies.stream];
        const consuming: ConsumerMessages[] = [];
        try {
          for (const s of [setup, replies]) {
            await jsm.streams.add({ name: s.stream, subjects: [s.subject], storage: StorageType.File });
            await jsm.consumers.add(s.stream, { durable_name: "worker", ack_policy: AckPolicy.Explicit });
          }
          const setupMessages = await (await js.consumers.get(setup.stream, "worker")).consume();
          const replyMessages = await (await js.consumers.get(replies.stream, "worker")).consume();
          consuming.push(setupMessages, replyMessages);
          // One consumer, messages in order, Setup then Inventory; the input is acked once both replies' PubAcks are in.
          const admit = boundedInFlight(ACKS_IN_FLIGHT);
          void (async () => {
            for await (const m of setupMessages) {
              const task = m.json<PeerTask>();
              const setupReply = js.publish(task.responseDestinationName, encode(setupListener(task)));
              const inventoryReply = js.publish(task.responseDestinationName, encode(inventoryListener(task)));
              // Not acked on failure: JetStream redelivers after its ack wait.
              await admit(
                Promise.all([setupReply, inventoryReply]).then(
                  () => m.ack(),
                  () => m.nak(),
                ),
              );
            }
          })();
          void (async () => {
            for await (const m of replyMessages) {
              onReply(m.json<PeerReply>());
              m.ack();
            }
          })();
        } catch (error) {
          await cleanUp();
          throw error;
        }
        async function cleanUp() {
          for (const messages of consuming) messages.stop();
          for (const stream of streams) await jsm.streams.delete(stream).catch(() => false);
          await nc.close();
        }
        return {
          replyDestination: replies.subject,
          publish: async (task) => {
            await js.publish(setup.subject, encode(task));
          },
          close: cleanUp,
        };
      },
    };
  },
};
