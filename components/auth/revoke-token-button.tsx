"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { revokeApiTokenAction } from "@/lib/server/auth/actions/api-tokens";
import { secondaryButtonClass } from "@/components/ui/field";
import { useToast } from "@/components/portal/toasts";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("tokens.revoke");
  const unreachable = useTranslations("common")("unreachable");
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  return (
    <button
      type="button"
      disabled={pending}
      aria-label={t("revokeLabel", { name })}
      className={secondaryButtonClass}
      onClick={() =>
        startTransition(async () => {
          const result = await revokeApiTokenAction(id).catch(() => undefined);
          if (result?.ok) return notify(t("revoked", { name }));
          notify(result?.message ?? unreachable, "error");
        })
      }
    >
      {pending ? t("revoking") : t("revoke")}
    </button>
  );
}
