import { toCsv, toJson, type Cell } from '../domain/export';
import './export-buttons.css';

function download(text: string, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Today as `YYYY-MM-DD` (UTC), for file names. */
export const today = () => new Date().toISOString().slice(0, 10);

interface ExportButtonsProps<Row extends { [column: string]: Cell }> {
  /** Built when a button is pressed, not on every render. */
  rows: () => Row[];
  disabled: boolean;
  fileName: (extension: 'csv' | 'json') => string;
  /** Names what is exported when it is not the page's main table: "port statistics". */
  what?: string;
}

/** CSV and JSON of a table's rows, in their order. */
export function ExportButtons<Row extends { [column: string]: Cell }>(
  props: ExportButtonsProps<Row>,
) {
  const { rows, disabled, fileName, what } = props;
  const save = (extension: 'csv' | 'json') => {
    const data = rows();
    download(
      extension === 'csv' ? toCsv(data) : toJson(data),
      extension === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      fileName(extension),
    );
  };
  return (
    <div className="export-buttons">
      {(['csv', 'json'] as const).map((extension) => {
        const format = extension.toUpperCase();
        return (
          <button
            key={extension}
            type="button"
            onClick={() => save(extension)}
            disabled={disabled}
            aria-label={what ? `Export ${what} as ${format}` : undefined}
          >
            {what ? format : `Export ${format}`}
          </button>
        );
      })}
    </div>
  );
}
