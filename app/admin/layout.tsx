import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/server/i18n/client-messages";

/** The catalogue's part this section's client components read (lib/server/i18n/client-messages.tsx). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["admin", "notifications.toasts"]}>{children}</ClientMessages>;
}
