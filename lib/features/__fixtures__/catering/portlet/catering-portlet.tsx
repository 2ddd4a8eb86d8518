import type { ListenerActivityView } from "@/lib/shared/task";

/** The requests the caterer answered, newest first (a server component: nothing here is interactive). */
export function CateringPortlet({ activity }: { activity: ListenerActivityView[] }) {
  if (activity.length === 0) return <p className="text-muted">No requests yet.</p>;
  return (
    <ul aria-label="Meal counts" className="space-y-1">
      {activity.map((entry) => (
        <li key={entry.id}>
          {entry.taskName}: {entry.answer}
        </li>
      ))}
    </ul>
  );
}
