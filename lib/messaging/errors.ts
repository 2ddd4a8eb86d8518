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

export class TimeoutError extends MessagingError {
  override name = "TimeoutError";
  private count = 0;
  constructor(
    readonly destination: string,
    readonly timeoutMs: number,
    readonly expected: number,
  ) {
    super(`No complete reply from "${destination}" within ${timeoutMs} ms (0 of ${expected} replies).`);
  }

  /** Replies that did arrive in time (set when the request times out). */
  get received(): number {
    return this.count;
  }

  set received(count: number) {
    this.count = count;
    this.message = `No complete reply from "${this.destination}" within ${this.timeoutMs} ms (${count} of ${this.expected} replies).`;
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
