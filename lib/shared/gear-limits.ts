/**
 * The limits of a task's gear, apart from gear.ts so the browser's gear picker gets
 * them without zod (importing a value from gear.ts puts zod in the first-load bundle).
 */
export const GEAR_NAME_MAX = 60;
export const GEAR_QUANTITY_MAX = 9999;
export const GEAR_NEEDS_MAX = 20;
