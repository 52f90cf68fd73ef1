import { stringify } from 'csv-stringify/sync';

/**
 * CSV for Excel (UTF-8 with one byte-order mark, CRLF), safe to open: a text cell that begins
 * with = + - @, a tab or a carriage return would be read by a spreadsheet as a formula (OWASP
 * "CSV injection"), so it gets a leading apostrophe and is quoted. Numbers are written as
 * numbers, so a negative amount in a numeric column stays a number.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a spreadsheet shows as the typed text, never as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const body = stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell ?? '')))),
    { record_delimiter: '\r\n', quoted_match: FORMULA_START_QUOTED, cast: { number: (n) => String(n) } },
  );
  return `\uFEFF${body}`;
}

// Neutralised cells begin with an apostrophe: quote them too, so no reader trims it away.
const FORMULA_START_QUOTED = /^'[=+\-@\t\r]/;
