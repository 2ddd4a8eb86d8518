/** Base for every failure the bus reports to a caller. `name` is set per class so
 * errors stay recognisable across bundles, where `instanceof` does not hold. */
export class MessagingError extends Error {
  override name = "MessagingError";
}

export class UnknownDestinationError extends MessagingError {
  override name = "UnknownDestinationError";
  constructor(readonly destination: string) {
    super(`Unknown destination "${destination}": declare it in the destinations config.`);
  }
}

export class NoReturnAddressError extends MessagingError {
  override name = "NoReturnAddressError";
  constructor(readonly messageId: string) {
    super(`Message ${messageId} has no return address to reply to.`);
  }
}

export class QueueFullError extends MessagingError {
  override name = "QueueFullError";
  constructor(
    readonly destination: string,
    readonly limit: number,
  ) {
    super(`Destination "${destination}" is full (${limit} messages waiting); try again later.`);
  }
}

export class NotDeadLetterError extends MessagingError {
  override name = "NotDeadLetterError";
  constructor(
    readonly messageId: string,
    readonly listener: string,
  ) {
    super(`Message ${messageId} has no dead delivery to listener "${listener}" to replay.`);
  }
}
