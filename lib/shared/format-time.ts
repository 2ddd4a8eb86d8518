/**
 * A time of day as the portal writes it: 24-hour ("14:05"), in the reader's locale and
 * time zone. One formatter, made once: building an Intl formatter per line is slow.
 */
const TIME = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export function formatTime(iso: string): string {
  return TIME.format(new Date(iso));
}
