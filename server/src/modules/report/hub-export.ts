import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';

/** One table of a hub's export: its columns, and its rows as the database holds them. */
export type ExportTable = { table: string; entity: string; columns: string[]; rows: Record<string, unknown>[] };
export type HubExport = { format: 'hub-export/1'; hubId: string; exportedAt: string; tables: ExportTable[] };

/** Columns that never leave the server, whoever exports: secrets and their hashes. */
const WITHHELD = /(^|_)(password|token)(_|$)|_hash$/;

/**
 * Every record of one hub, table by table — every table with a hub_id column, and the hub's own
 * row — as the database holds it (column names as in the database, values as JSON would have
 * them), for the hub to keep or to take elsewhere. Read in one transaction of the hub's scope,
 * so row-level security and the hub filter both apply and the export is one consistent moment.
 * Columns holding secrets or hashes of secrets (and properties hidden from the API) are left out.
 */
export async function exportHub(em: EntityManager, hubId: string): Promise<HubExport> {
  const metadata = [...em.getMetadata().getAll().values()]
    .filter((meta) => !meta.abstract && !meta.embeddable && !meta.virtual && meta.tableName)
    .filter((meta) => meta.className === 'Hub' || Object.values(meta.properties).some((p) => p.fieldNames?.[0] === 'hub_id'))
    .sort((a, b) => a.tableName.localeCompare(b.tableName));
  const tables: ExportTable[] = [];
  for (const meta of metadata) {
    const columns = Object.values(meta.properties)
      .filter((p) => p.persist !== false && !p.hidden && p.fieldNames?.length)
      .flatMap((p) => p.fieldNames)
      .filter((c, i, all) => all.indexOf(c) === i && !WITHHELD.test(c));
    const where = meta.className === 'Hub' ? 'id' : 'hub_id';
    const order = columns.includes('created_at') ? 'created_at, id' : columns.includes('id') ? 'id' : columns[0]!;
    const rows = await em.execute<Record<string, unknown>[]>(`select ${columns.map((c) => `"${c}"`).join(', ')} from "${meta.tableName}" where "${where}" = ? order by ${order}`, [hubId]);
    tables.push({ table: meta.tableName, entity: meta.className, columns, rows: rows.map(plainRow) });
  }
  return { format: 'hub-export/1', hubId, exportedAt: new Date().toISOString(), tables };
}

function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

/** The same export as a workbook: a sheet per table (named after it), a header row of columns. */
export function hubExportWorkbook(data: HubExport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(data.exportedAt);
  const index = workbook.addWorksheet('目次');
  index.addRow(['表', '記録の種類', '件数']);
  for (const table of data.tables) index.addRow([table.table, table.entity, table.rows.length]);
  for (const table of data.tables) {
    const sheet = workbook.addWorksheet(table.table.slice(0, 31));
    sheet.addRow(table.columns);
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(table.columns.map((c) => cell(row[c])));
  }
  return workbook;
}

/** Values as cells: text stays text (exceljs never writes a string as a formula), structures as JSON. */
function cell(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
