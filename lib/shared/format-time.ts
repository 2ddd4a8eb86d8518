/**
 * A time of day as the portal writes it: 24-hour ("14:05"), in the reader's language and
 * time zone. One formatter per language, made once: building an Intl formatter per line is slow.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatTime(iso: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(iso));
}
