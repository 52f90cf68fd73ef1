import { yen } from './formats';
import type { AuditAction } from '../gql/graphql';

/** One changed field of an audit entry as the server records it. */
export type FieldChange = { before: unknown; after: unknown };

/** Words and look-ups the formatting needs, supplied by the page (translations, names of members…). */
export type AuditVocabulary = {
  /** The field's label, e.g. "課題名" for title. */
  field(key: string): string;
  /** A translated value of an enumeration field (status, function…), or null to show it as is. */
  enumValue(key: string, value: string): string | null;
  /** The name of a referenced record (member, municipality, cycle, issue), or null if unknown. */
  ref(key: string, id: string): string | null;
  /** An instant in Tokyo time. */
  instant(iso: string): string;
  yes: string;
  no: string;
  none: string;
  hidden: string;
};

/** A change ready to show: the label and the values before and after (null where the record did not exist). */
export type ChangeLine = { key: string; label: string; before: string | null; after: string | null };

/** Fields shown first, in this order; the rest follow as recorded. */
const ORDER = ['title', 'name', 'description', 'status', 'phase', 'priority', 'functions', 'source', 'carryOver', 'mergedInto', 'carriedFrom', 'raisedBy', 'raisedByMunicipality', 'cycle'];
/** Fields that say nothing on a record's own trail: the hub it belongs to and its own id. */
const SKIPPED = new Set(['hub', 'id']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENUM = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The server records list fields as PostgreSQL writes arrays ("{DAILY_CARE,END_OF_LIFE}").
 * Such a string is read back as a list when every element is a code, an id or a number, so that
 * ordinary text in braces is left alone.
 */
export function arrayLiteral(value: string): string[] | null {
  if (value === '{}') return [];
  const match = /^\{(.*)\}$/s.exec(value);
  if (!match) return null;
  const items: string[] = [];
  const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|([^,"]*))\s*(,|$)/gy;
  const body = match[1]!;
  let m: RegExpExecArray | null;
  while (pattern.lastIndex < body.length && (m = pattern.exec(body))) {
    items.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!.trim());
    if (m[3] === '') break;
  }
  return items.length && items.every((i) => ENUM.test(i) || UUID.test(i) || NUMBER.test(i)) ? items : null;
}

/** The i18n key of an enumeration value of a field of a kind of record, or null if it has none. */
export function enumKey(entityType: string, key: string, value: string): string | null {
  if (key === 'functions' || key === 'function') return `functions.${value}`;
  if (key === 'phase' || key === 'fromPhase' || key === 'toPhase') return `phases.${value}`;
  if (entityType === 'Issue' && (key === 'status' || key === 'priority' || key === 'source')) return `issues.${key === 'status' ? 'statuses' : key === 'priority' ? 'priorities' : 'sources'}.${value}`;
  if (entityType === 'Meeting' && key === 'status') return `meetings.statuses.${value}`;
  if (entityType === 'Meeting' && key === 'kind') return `meetings.kinds.${value}`;
  if (entityType === 'Advice' && key === 'kind') return `advice.kinds.${value}`;
  if (key === 'profession') return `professions.${value}`;
  if (key === 'category') return `categories.${value}`;
  if (key === 'role') return `roles.${value}`;
  return null;
}

/** A recorded value in words: names for references, translations for codes, Tokyo time for instants. */
export function formatValue(key: string, value: unknown, words: AuditVocabulary): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (value === '[hidden]') return words.hidden;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return /Yen$/.test(key) ? yen(value) : new Intl.NumberFormat('ja-JP').format(value);
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return words.instant(value);
    if (UUID.test(value)) return words.ref(key, value) ?? `#${value.slice(0, 8)}`;
    if (ENUM.test(value)) return words.enumValue(key, value) ?? value;
    const list = arrayLiteral(value);
    if (list) return formatValue(key, list, words);
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(key, v, words)).join('、') : words.none;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length && entries.every(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      return entries.map(([k, v]) => `${words.field(k)}: ${formatValue(k, v, words)}`).join('、');
    }
    return JSON.stringify(value);
  }
  return String(value);
}

function asChange(raw: unknown): FieldChange {
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && ('before' in raw || 'after' in raw)) {
    const { before, after } = raw as { before?: unknown; after?: unknown };
    return { before: before ?? null, after: after ?? null };
  }
  return { before: null, after: raw };
}

/**
 * The changes of an audit entry, one line per field: a created record shows only the values it
 * was given, a removed one only the values it had, a changed one both. Sign-ins and reads of
 * personal data change nothing: their action says it all.
 */
export function changeLines(action: AuditAction, changes: Record<string, unknown>, words: AuditVocabulary): ChangeLine[] {
  if (action !== 'CREATE' && action !== 'UPDATE' && action !== 'DELETE') return [];
  const keys = Object.keys(changes).filter((k) => !SKIPPED.has(k));
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  keys.sort((a, b) => rank(a) - rank(b));
  const lines: ChangeLine[] = [];
  for (const key of keys) {
    const change = asChange(changes[key]);
    // A new record's empty fields say nothing.
    if (action === 'CREATE' && isEmpty(change.after)) continue;
    lines.push({
      key,
      label: words.field(key),
      before: action === 'CREATE' ? null : formatValue(key, change.before, words),
      after: action === 'DELETE' ? null : formatValue(key, change.after, words),
    });
  }
  return lines;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === '{}' || (Array.isArray(value) && value.length === 0);
}

/** Names of the hub's members by user id, for the "who" of each entry. */
export function namesById(members: readonly { user: { id: string; displayName: string } }[]): Map<string, string> {
  return new Map(members.map((m) => [m.user.id, m.user.displayName]));
}
