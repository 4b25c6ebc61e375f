// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel detects the encoding), RFC 4180 quoting and CRLF
// (papaparse), lists joined with "; ". Cells that a spreadsheet would run as a formula (=, +, -, @ first) are
// prefixed with an apostrophe: titles come from scraped articles and must never execute.
import Papa from "papaparse";

export const BOM = "\uFEFF";
export const LIST_SEPARATOR = "; ";

export type CsvValue = string | number | boolean | null | readonly string[];

export function csvCell(value: CsvValue): string | number {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === "boolean") return value ? "true" : "false";
  return value as string | number;
}

export function toCsv<T extends Record<string, CsvValue>>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const data = rows.map((row) => columns.map((c) => csvCell(row[c] as CsvValue)));
  return `${BOM}${Papa.unparse({ fields: [...columns], data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}
