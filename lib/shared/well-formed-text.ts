/**
 * The first top-level field of a parsed JSON body whose text (anywhere inside it) is
 * not well-formed Unicode: a lone UTF-16 surrogate is valid JSON ("\ud800") but no
 * database or UTF-8 encoder can store it, so it is refused at the edge.
 */
export function illFormedField(body: Record<string, unknown>): string | undefined {
  return Object.keys(body).find((key) => !isWellFormedDeep(key) || !isWellFormedDeep(body[key]));
}

/** Walks with its own stack: a body may nest deeper than the call stack goes. */
function isWellFormedDeep(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (!value.isWellFormed()) return false;
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) pending.push(key, inner);
    }
  }
  return true;
}
