"use client";
import { useEffect, useRef, type RefObject } from "react";

/**
 * A controlled text field drawn on the server takes keys before React has hydrated it.
 * React then leaves what is shown in the field, but its state still holds the server's
 * value: a roadie's reason typed early showed in the field and was sent as empty. Once
 * hydrated, this hands what the field shows to `adopt` when it differs from `value`.
 */
export function useTypedBeforeHydration(
  field: RefObject<HTMLInputElement | null>,
  value: string,
  adopt: (typed: string) => void,
): void {
  // The first render's: what the server drew, and the setter to call once.
  const first = useRef({ value, adopt });
  useEffect(() => {
    const typed = field.current?.value;
    if (typed !== undefined && typed !== first.current.value) first.current.adopt(typed);
  }, [field]);
}
