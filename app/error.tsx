"use client";
import { secondaryButtonClass } from "@/components/ui/field";

/** The portal could not be shown (e.g. the database is unreachable): say so and offer a retry. */
export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl p-6">
      <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-danger">
        <h1 className="text-lg font-semibold">The portal could not be loaded.</h1>
        <p className="mt-1 text-sm">This is on our side; nothing you entered was lost. Please try again.</p>
      </div>
      <button type="button" onClick={reset} className={`${secondaryButtonClass} mt-4`}>
        Try again
      </button>
    </div>
  );
}
