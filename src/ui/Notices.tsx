export interface Notice {
  id: string;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface NoticesProps {
  notices: readonly Notice[];
  onDismiss: (id: string) => void;
}

/** Short, dismissible messages. Text only: whatever a notice quotes is never HTML. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : undefined}
        >
          <p>{notice.text}</p>
          {notice.action ? (
            <button type="button" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" onClick={() => onDismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
