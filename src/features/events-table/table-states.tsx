import { SkeletonRows } from '../../ui/skeleton-rows';

/** The table area when there are no rows to show: loading, failed, nothing at all, or filtered out. */
export function TableSkeleton() {
  return (
    <div className="table-skeleton" role="status" aria-label="Loading docking events">
      <SkeletonRows count={8} />
    </div>
  );
}

export function TableMessage({
  title,
  detail,
  action,
}: {
  title: string;
  detail?: string;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <div className="table-message">
      <p className="table-message-title">{title}</p>
      {detail && <p className="muted">{detail}</p>}
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
