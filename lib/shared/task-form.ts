import { formText } from "./form-text";
import { TASK_STATUSES } from "./task";

// No zod in this module: the browser reads and restores the form with it.

/** One gear line of the "Add task" form as typed: a stocked item's name and a quantity. */
export type GearLineValues = { name: string; quantity: string };
/** The "Add task" form as typed: what is shown back after a refusal and kept as a draft. */
export type TaskFormValues = { name: string; description: string; status: string; gear: GearLineValues[] };

export const EMPTY_TASK_FORM: TaskFormValues = { name: "", description: "", status: TASK_STATUSES[0], gear: [] };

/** The form's fields (gear lines: repeated `gearName` / `gearQuantity`), as typed. */
export function taskFormValues(form: FormData): TaskFormValues {
  const texts = (name: string) => form.getAll(name).map((value) => (typeof value === "string" ? value : ""));
  const quantities = texts("gearQuantity");
  return {
    name: formText(form, "name"),
    description: formText(form, "description"),
    status: formText(form, "status"),
    gear: texts("gearName").map((name, index) => ({ name, quantity: quantities[index] ?? "" })),
  };
}

/**
 * The gear lines as the task schema reads them: a line with no item chosen is left
 * out; a quantity that is not digits stays NaN, for the schema to refuse.
 */
export function gearOfLines(lines: readonly GearLineValues[]): { name: string; quantity: number }[] {
  return lines
    .filter((line) => line.name.trim() !== "")
    .map((line) => ({ name: line.name, quantity: /^\s*\d+\s*$/.test(line.quantity) ? Number(line.quantity) : Number.NaN }));
}
