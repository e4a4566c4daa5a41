// The polite live region for announcements (see state/announcer.ts), out of sight.
import { useAnnouncer } from "../state/announcer";

export function Announcer() {
  const message = useAnnouncer((s) => s.message);
  const count = useAnnouncer((s) => s.count);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {/* A new element per announcement: screen readers read an inserted node even when its words repeat. */}
      {message && <span key={count}>{message}</span>}
    </div>
  );
}
