import "server-only";
import { db } from "../db/client";

/** The names of the crew members with `role`, for the portlet that is theirs. */
export async function listCrew(role: string): Promise<string[]> {
  const rows = await db.crewMember.findMany({ where: { role }, select: { name: true }, orderBy: { name: "asc" } });
  return rows.map((row) => row.name);
}
