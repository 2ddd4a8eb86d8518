import type { GearItemFieldErrors, GearItemView } from "./gear";

export type GearFormValues = { name: string; quantity: string };

/** What "Add gear" answers its form with. */
export type AddGearState =
  | { status: "idle" }
  | { status: "added"; item: GearItemView }
  | { status: "invalid"; fieldErrors: GearItemFieldErrors; values: GearFormValues }
  | { status: "failed"; message: string; values: GearFormValues };

/** What saving one item's quantity answers. */
export type SetQuantityResult =
  | { status: "saved"; item: GearItemView }
  | { status: "invalid"; message: string }
  /** Reservations changed the stock since the count began: nothing saved; `item` is the stock now. */
  | { status: "moved"; item: GearItemView; message: string }
  | { status: "failed"; message: string };
