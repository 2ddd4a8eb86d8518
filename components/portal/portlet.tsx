import type { ReactNode } from "react";

/** Portlet chrome: a titled panel whose accessible name is its title. */
export function Portlet(props: { title: string; subtitle?: string; children: ReactNode }) {
  const headingId = `portlet-${props.title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-300 bg-white shadow-sm"
    >
      <header className="flex items-baseline gap-2 border-b border-slate-300 bg-slate-800 px-4 py-2 text-white">
        <h2 id={headingId} className="text-base font-semibold">
          {props.title}
        </h2>
        {props.subtitle ? <span className="text-sm text-slate-300">{props.subtitle}</span> : null}
      </header>
      <div className="flex-1 p-4">{props.children}</div>
    </section>
  );
}
