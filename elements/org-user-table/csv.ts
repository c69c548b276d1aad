/**
 * CSV export: RFC 4180 quoting, formula neutralisation, and a UTF-8 byte
 * order mark so spreadsheet applications read accents and scripts right.
 */

/** The byte order mark that tells spreadsheet apps the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

/** The media type of the exported file. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** One exported column: its header and how a row becomes its cell. */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string;
}

/**
 * A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a
 * formula, and some also after a leading tab or carriage return; such a
 * cell gets a leading apostrophe so it is read as text (the OWASP advice
 * for CSV injection).
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A cell quoted when it holds a quote, comma, line break or edge space. */
export function quoteCell(value: string): string {
  if (/[",\r\n]|^\s|\s$/.test(value)) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** One CSV record, neutralised and quoted, without its line break. */
export function csvRecord(cells: readonly string[]): string {
  return cells.map((cell) => quoteCell(neutralizeCell(cell))).join(',');
}

/**
 * The CSV text (without the byte order mark) of every row, reading an
 * async source such as `iterateUsers` to its end. Records end with CRLF.
 * Stops with the signal's reason when it aborts.
 */
export async function buildCsv<T>(
  rows: AsyncIterable<T> | Iterable<T>,
  columns: readonly CsvColumn<T>[],
  options: { signal?: AbortSignal } = {},
): Promise<{ text: string; count: number }> {
  const records = [csvRecord(columns.map((column) => column.header))];
  let count = 0;

  for await (const row of rows) {
    options.signal?.throwIfAborted();
    records.push(csvRecord(columns.map((column) => column.value(row))));
    count += 1;
  }

  return { text: records.join('\r\n') + '\r\n', count };
}

/** The file to download: the byte order mark, then the text. */
export function csvBlob(text: string): Blob {
  return new Blob([CSV_BOM, text], { type: CSV_TYPE });
}

/**
 * Saves a blob through a temporary object URL and a download link. The URL
 * is revoked on the next task, once the browser has started the download.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');

  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
