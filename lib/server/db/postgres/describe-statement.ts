import "server-only";
import type pg from "pg";

/** What PostgreSQL says a statement takes and returns, without running it. */
export type Described = {
  /** pg_type oids of the parameters, in order. */
  params: number[];
  /** The result columns: name, the table and column they come from (0 for an expression) and their type. */
  fields: { name: string; tableID: number; columnID: number; dataTypeID: number }[];
};

type Connection = {
  parse(query: { text: string; types: number[] }): void;
  describe(message: { type: "S"; name: string }): void;
  sync(): void;
  once(event: "parameterDescription", listener: (message: { dataTypeIDs: number[] }) => void): void;
  off(event: "parameterDescription", listener: (message: { dataTypeIDs: number[] }) => void): void;
};

/**
 * Parses `text` as an unnamed statement and asks PostgreSQL to describe it (the
 * extended protocol's Parse, Describe, Sync): nothing is bound or executed. A custom
 * query object (node-postgres "submittable") so the client queues it like any other.
 */
export function describeStatement(client: pg.Client, text: string): Promise<Described> {
  return new Promise((resolve, reject) => {
    const described: Described = { params: [], fields: [] };
    const onParams = (message: { dataTypeIDs: number[] }) => void (described.params = [...message.dataTypeIDs]);
    let connection: Connection | undefined;
    const submittable = {
      submit(to: Connection) {
        connection = to;
        to.once("parameterDescription", onParams);
        to.parse({ text, types: [] });
        to.describe({ type: "S", name: "" });
        to.sync();
      },
      handleRowDescription(message: { fields: Described["fields"] }) {
        described.fields = message.fields.map(({ name, tableID, columnID, dataTypeID }) => ({
          name,
          tableID,
          columnID,
          dataTypeID,
        }));
      },
      // node-postgres ends the query on an error: the ReadyForQuery after it is not passed on.
      handleError(error: Error) {
        connection?.off("parameterDescription", onParams);
        reject(error);
      },
      handleReadyForQuery() {
        resolve(described);
      },
    };
    // Accepted at run time (client.query takes any object with `submit`); its types only know pg's own.
    void client.query(submittable as unknown as pg.QueryConfig);
  });
}
