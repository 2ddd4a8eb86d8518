import "server-only";

/**
 * SQLite's `?` placeholders as PostgreSQL's `$1, $2, …`, so one SQL text serves both
 * engines. A `?` inside a string literal, a quoted identifier or a comment is left
 * alone. PostgreSQL's own `?` operators (jsonb) cannot be written in such SQL: use
 * their function forms (jsonb_exists) instead.
 */
export function toPostgresPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!;
    const end = skipQuoted(sql, i);
    if (end > i) {
      out += sql.slice(i, end);
      i = end - 1;
    } else {
      out += char === "?" ? `$${++n}` : char;
    }
  }
  return out;
}

/** Where the literal, identifier or comment starting at `i` ends (exclusive), or `i` when none starts there. */
function skipQuoted(sql: string, i: number): number {
  const char = sql[i];
  if (char === "'" || char === '"') {
    // A doubled quote is the quote itself: '' or "".
    let j = i + 1;
    while (j < sql.length) {
      if (sql[j] === char) {
        if (sql[j + 1] === char) j += 2;
        else return j + 1;
      } else j++;
    }
    return sql.length;
  }
  if (char === "-" && sql[i + 1] === "-") {
    const newline = sql.indexOf("\n", i);
    return newline === -1 ? sql.length : newline + 1;
  }
  if (char === "/" && sql[i + 1] === "*") {
    const close = sql.indexOf("*/", i + 2);
    return close === -1 ? sql.length : close + 2;
  }
  return i;
}
