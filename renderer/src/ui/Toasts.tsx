import { useToasts } from '../store/selectors';

/** Short confirmations and errors, announced to screen readers without moving focus. */
export function Toasts() {
  const toasts = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={`toast${t.kind === 'error' ? ' toast--error' : ''}`}
          role={t.kind === 'error' ? 'alert' : undefined}
        >
          {t.text}
        </div>
      ))}
    </div>
  );
}
