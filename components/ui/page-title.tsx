/** The page's one h1: "tourbus" and what this page is, in the portal's type. */
export function PageTitle({ subtitle, className = "" }: { subtitle: string; className?: string }) {
  return (
    <h1 className={`text-2xl font-bold tracking-tight ${className}`}>
      tourbus <span className="text-base font-normal text-muted">{subtitle}</span>
    </h1>
  );
}
