import type { ReactNode } from 'react';
import './StatusPanel.css';

/**
 * A centred message standing in for content that is not there yet:
 * `busy` is announced politely, `error` as an alert.
 */
export function StatusPanel({
  tone,
  title,
  detail,
  action,
}: {
  tone: 'busy' | 'error' | 'info';
  title: string;
  detail?: string;
  action?: ReactNode;
}) {
  return (
    <div
      className={`status-panel status-panel--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-busy={tone === 'busy' || undefined}
    >
      {tone === 'busy' && <span className="status-panel__spinner" aria-hidden="true" />}
      <p className="status-panel__title">{title}</p>
      {detail && <p className="status-panel__detail">{detail}</p>}
      {action}
    </div>
  );
}
