import './panel.css';

/** Grey bars where rows will be, while they load. */
export function SkeletonRows({ count }: { count: number }) {
  return Array.from({ length: count }, (_, index) => <div key={index} className="skeleton-row" />);
}
