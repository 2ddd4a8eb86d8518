/** Shown while the portal's data loads: the same frame, so nothing jumps when it arrives. */
export default function Loading() {
  return (
    <div className="mx-auto max-w-7xl p-4 sm:p-6" aria-busy="true">
      <p role="status" className="mb-4 text-sm text-muted">
        Loading the portal…
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {["lg:col-span-2 h-96", "h-64", "h-64"].map((size) => (
          <div key={size} className={`${size} animate-pulse rounded-lg border border-line bg-surface`} />
        ))}
      </div>
    </div>
  );
}
