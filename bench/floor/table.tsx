import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/ui/base.css';
import '../../src/ui/data-table.css';
import '../../src/features/events-table/events-table.css';

/*
 * The floor of an input that changes the events table's rows: React and ReactDOM replacing the
 * rows in view (as many as the app renders at 1,440 × 900) of a table with the app's styles and
 * cells of the same shape, switching between two orders of 10,000 rows worked out in advance.
 * No data work, no other panel: what any React table pays here to show new rows.
 */
const ROWS_IN_VIEW = 23;
const day = 86_400_000;
const rows = Array.from({ length: 10_000 }, (_, index) => ({
  id: index + 1,
  spacecraft: `Progress MS-${(index * 7919) % 10_000}`,
  docked: Date.UTC(2000, 0, 1) + index * 3 * day,
  departed: Date.UTC(2000, 0, 1) + index * 3 * day + 180 * day,
  station: index % 3 ? 'International Space Station' : 'Tiangong',
  port: `Port ${index % 7}`,
}));
const orders = [rows, [...rows].reverse()];
const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

function Table() {
  const [order, setOrder] = useState(0);
  return (
    <div className="table-panel panel">
      <button id="reorder" type="button" onClick={() => setOrder((value) => 1 - value)}>
        Reorder
      </button>
      <div className="table-scroll">
        <table className="data-table events-table">
          <tbody>
            {orders[order]!.slice(0, ROWS_IN_VIEW).map((row) => (
              <tr key={row.id} data-row-id={row.id} tabIndex={0}>
                <td className="col-spacecraft">{row.spacecraft}</td>
                <td>
                  <time>{when.format(row.docked)}</time>
                  <span className="secondary muted">{row.id} days ago</span>
                </td>
                <td>
                  <time>{when.format(row.departed)}</time>
                  <span className="secondary muted">{row.id + 180} days ago</span>
                </td>
                <td className="col-duration">180 d 0 h</td>
                <td>Progress MS</td>
                <td>RFSA</td>
                <td>{row.station}</td>
                <td>{row.port}</td>
                <td>Soyuz 2.1a | Progress MS-{row.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Table />);
