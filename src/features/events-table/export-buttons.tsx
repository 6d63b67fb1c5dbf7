import type { Docking } from '../../domain/docking';
import { exportFileName, exportRows, toCsv, toJson } from '../../domain/export';
import type { ViewState } from '../../domain/view-state';

function download(text: string, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface ExportButtonsProps {
  rows: readonly Docking[];
  view: Pick<ViewState, 'station' | 'port' | 'status' | 'from' | 'to' | 'q'>;
}

/** CSV and JSON of the rows shown, in their order. */
export function ExportButtons({ rows, view }: ExportButtonsProps) {
  const save = (format: 'csv' | 'json') => {
    const today = new Date().toISOString().slice(0, 10);
    const data = exportRows(rows);
    download(
      format === 'csv' ? toCsv(data) : toJson(data),
      format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      exportFileName(view, today, format),
    );
  };
  return (
    <div className="export-buttons">
      <button type="button" onClick={() => save('csv')} disabled={rows.length === 0}>
        Export CSV
      </button>
      <button type="button" onClick={() => save('json')} disabled={rows.length === 0}>
        Export JSON
      </button>
    </div>
  );
}
