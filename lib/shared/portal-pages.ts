import { z } from "zod";
import { PAGE_NAME_MAX } from "./page-view";
import { ROLES } from "./roles";

export const pageIdSchema = z.string().min(1).max(64);
export const pageSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

export const pageNameSchema = z
  .string("Enter a name.")
  .trim()
  .min(1, "Enter a name.")
  .max(PAGE_NAME_MAX, `At most ${PAGE_NAME_MAX} characters.`)
  .refine((name) => name.isWellFormed(), "That name has a broken character.");

export const addPageSchema = z.object({ name: pageNameSchema });
export const renamePageSchema = z.object({ pageId: pageIdSchema, name: pageNameSchema });
export const movePageSchema = z.object({ pageId: pageIdSchema, direction: z.enum(["earlier", "later"]) });
export const removePageSchema = z.object({ pageId: pageIdSchema });
export const roleStartPagesSchema = z.object({ role: z.enum(ROLES, "Choose a role.") });
