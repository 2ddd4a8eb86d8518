"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";

/**
 * A form action (for useActionState) whose call failing outright (the server out of reach,
 * the connection dropped) is answered by `unreachable(form, message)`, the form's own
 * "failed" state, instead of thrown: a throw replaced the page with the error page and lost
 * what was typed. `unreachable` must be stable (defined outside the component).
 */
export function useReachableAction<State>(
  action: (previous: State, form: FormData) => Promise<State>,
  unreachable: (form: FormData, message: string) => State,
): (previous: State, form: FormData) => Promise<State> {
  const message = useTranslations("common")("unreachable");
  return useCallback(
    async (previous: State, form: FormData) => {
      try {
        return await action(previous, form);
      } catch {
        return unreachable(form, message);
      }
    },
    [action, unreachable, message],
  );
}
