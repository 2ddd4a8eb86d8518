import { MemoryMessageStore } from "./memory-store";
import { describeMessageStore } from "./message-store.conformance";

describeMessageStore("MemoryMessageStore", async () => new MemoryMessageStore());
