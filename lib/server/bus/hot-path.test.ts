import { db } from "../db/client";
import { engine, writes } from "../db/writes";
import { describeHotPath } from "./hot-path.conformance";

// On the unit tests' SQLite file (data/unit-test.db); the server's shared engine stays open for the other tests of this file.
describeHotPath("SQLite", async () => ({ db, writes, engine, close: async () => undefined }));
