// Which database a DATABASE_URL names. Plain JS: `npm start` reads it before any
// TypeScript loader, and prisma.config.ts, env.ts and the Prisma client read it too.

/** `postgres://` and `postgresql://`, the two schemes libpq and node-postgres accept. */
const POSTGRES_URL = /^postgres(?:ql)?:\/\//;

/**
 * @param {string} url
 * @returns {boolean}
 */
export function isPostgresUrl(url) {
  return POSTGRES_URL.test(url);
}
