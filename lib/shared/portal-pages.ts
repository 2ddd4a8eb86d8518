import { z } from "zod";
import { PAGE_NAME_MAX } from "./page-view";
import { ROLES } from "./roles";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored, showsSomething } from "./shown-text";

export const pageIdSchema = z.string().min(1).max(64);
export const pageSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

// Messages are keys of the catalogue's "validation" namespace (its text says PAGE_NAME_MAX).
export const pageNameSchema = z
  .string("portalPageNameRequired")
  .trim()
  .min(1, "portalPageNameRequired")
  .max(PAGE_NAME_MAX, "portalPageNameTooLong")
  .refine((name) => name.isWellFormed(), "portalPageNameBroken")
  .refine(showsSomething, "portalPageNameRequired")
  .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE);

export const addPageSchema = z.object({ name: pageNameSchema });
export const renamePageSchema = z.object({ pageId: pageIdSchema, name: pageNameSchema });
export const movePageSchema = z.object({ pageId: pageIdSchema, direction: z.enum(["earlier", "later"]) });
export const removePageSchema = z.object({ pageId: pageIdSchema });
export const roleStartPagesSchema = z.object({ role: z.enum(ROLES, "portalRoleRequired") });
