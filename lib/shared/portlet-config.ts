import { z } from "zod";
import type { ConfigField } from "./portlet-config-view";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored, showsSomething } from "./shown-text";

/**
 * Per-portlet configuration (Liferay's portlet preferences): each portlet declares a
 * zod schema, its defaults and the fields its Configuration dialog shows. Every
 * portlet has a title on the user's page; the rest is its own.
 */

export type { ConfigField, ConfigOption, ConfigValue, PortletConfigValues } from "./portlet-config-view";

export const PORTLET_TITLE_MAX = 60;

// Messages are keys of the catalogue's "validation" namespace (its text says PORTLET_TITLE_MAX).
const titleSchema = z
  .string("portalTitleRequired")
  .trim()
  .max(PORTLET_TITLE_MAX, "portalTitleTooLong")
  .refine((title) => title.isWellFormed(), "portalTitleBroken")
  // "" is the portlet's own title; text of only zero-width characters would show as none.
  .refine((title) => title === "" || showsSomething(title), "portalTitleRequired")
  .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE);

type TitleShape = { title: typeof titleSchema };

export type PortletConfigSpec<Shape extends z.ZodRawShape = z.ZodRawShape> = {
  schema: z.ZodObject<Shape & TitleShape>;
  defaults: z.output<z.ZodObject<Shape & TitleShape>>;
  fields: ConfigField[];
};

/** The config of a portlet, as the page and its load() read it. */
export type PortletConfig = { title: string } & Record<string, unknown>;

/**
 * A portlet's configuration: its own fields after the title every portlet has. An
 * empty title means "the portlet's own title" (so a renamed registry title still shows).
 */
export function definePortletConfig<Shape extends z.ZodRawShape>(options: {
  shape: Shape;
  defaults: z.output<z.ZodObject<Shape>>;
  fields: ConfigField[];
}): PortletConfigSpec<Shape> {
  // The page shows these words in the reader's language (lib/server/portal/portlet-text.ts).
  const titleField: ConfigField = {
    kind: "text",
    name: "title",
    label: "Title",
    maxLength: PORTLET_TITLE_MAX,
    hint: "Leave empty for the portlet's own title.",
  };
  return {
    schema: z.object({ title: titleSchema, ...options.shape }) as z.ZodObject<Shape & TitleShape>,
    defaults: { title: "", ...options.defaults } as z.output<z.ZodObject<Shape & TitleShape>>,
    fields: [titleField, ...options.fields],
  };
}

/** A portlet with nothing to configure but its title. */
export const TITLE_ONLY_CONFIG = definePortletConfig({ shape: {}, defaults: {}, fields: [] });

/**
 * A saved configuration fitted to the schema of today. Written by an older build (a
 * field renamed, a destination gone, a limit lowered), it keeps each field that still
 * parses and takes the default for the rest: the page shows, never crashes.
 */
export function readPortletConfig<Shape extends z.ZodRawShape>(
  spec: PortletConfigSpec<Shape>,
  saved: unknown,
): z.output<z.ZodObject<Shape & TitleShape>> {
  const whole = spec.schema.safeParse(saved);
  if (whole.success) return whole.data;
  const source = typeof saved === "object" && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
  const defaults = spec.defaults as Record<string, unknown>;
  const fitted: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec.schema.shape as Record<string, z.core.$ZodType>)) {
    const one = z.safeParse(field, source[name]);
    fitted[name] = one.success ? one.data : defaults[name];
  }
  return fitted as z.output<z.ZodObject<Shape & TitleShape>>;
}

/** What a portlet's load() receives: its configuration as read by its own spec. */
export type ConfigOf<Shape extends z.ZodRawShape> = z.output<z.ZodObject<Shape & TitleShape>>;

/** A spec and a load() that reads it, as the registry keeps them (the config's type erased). */
export type ConfiguredLoad<User, Result> = {
  config: PortletConfigSpec;
  load: (user: User, config: PortletConfig) => Result;
};

/**
 * Pairs a portlet's config spec with its load(), typed by that spec. The page reads
 * each portlet's config with readPortletConfig(its own spec) before calling load(),
 * so the erased types below always hold.
 */
export function configured<Shape extends z.ZodRawShape, User, Result>(
  spec: PortletConfigSpec<Shape>,
  load: (user: User, config: ConfigOf<Shape>) => Result,
): ConfiguredLoad<User, Result> {
  return { config: spec as unknown as PortletConfigSpec, load: load as (user: User, config: PortletConfig) => Result };
}
