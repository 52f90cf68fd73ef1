import { plannedTotals, type PlanCaps, type PlannedTotal } from '../../../server/src/modules/budget/budget.rules';
import { ExpenseCategory, SubCap } from '../../../server/src/modules/budget/expense-category';
import { defaultSubCap, subCapsOf } from '../../../server/src/modules/budget/sub-cap.rules';
import { capsOfRuleSet, ruleSetFor, SUBSIDY_RULE_SETS, type SubsidyRuleSet } from '../../../server/src/modules/budget/subsidy-rule-sets';
import { reapplyEdits as reapply } from './reapply';

/**
 * The business plan screen's pure logic: the project form's rows ↔ the GraphQL inputs (with the
 * parsing of yen and indicator values as people type them), re-applying someone's edits onto a
 * fresher version after a CONFLICT, the planned totals per sub-cap against the caps, and the
 * differences between two versions made readable.
 */

export type SubCapKey = SubCap;
export type IndicatorTypeKey = 'STRUCTURE' | 'PROCESS' | 'OUTCOME';
export type CategoryKey = ExpenseCategory;
export const SUB_CAPS: readonly SubCapKey[] = Object.values(SubCap);
export const INDICATOR_TYPES: readonly IndicatorTypeKey[] = ['STRUCTURE', 'PROCESS', 'OUTCOME'];
/** The eligible categories, personnel costs first (①), then office costs (②), as the subsidy lists them. */
export const CATEGORIES: readonly CategoryKey[] = Object.values(ExpenseCategory);

// ---------------------------------------------------------------------------------------------
// The subsidy's rules, as the server has them (server/src/modules/budget)

export type Placement = Pick<SubsidyRuleSet, 'categorySubCaps'>;

/** The server's rule set for a fiscal year, or the latest one when none is known yet. */
export function rulesOfYear(fiscalYear: number | null | undefined): SubsidyRuleSet {
  return (fiscalYear ? ruleSetFor(fiscalYear) : null) ?? SUBSIDY_RULE_SETS[SUBSIDY_RULE_SETS.length - 1]!;
}

/** The caps of a fiscal year as the rule set gives them, for plans drafted before the budget opens (the server's own mapping). */
export const capsOfRules = (rules: SubsidyRuleSet): Caps => capsOfRuleSet(rules);

/** The sub-caps a category may go under (its own first), from the server's rule set. */
export const subCapsFor = (rules: Placement, category: CategoryKey): readonly SubCapKey[] => subCapsOf(rules, category);

/** Whether a row's sub-cap is the category's second one, which needs a reason. */
export const needsSubCapReason = (rules: Placement, row: { category: CategoryKey; subCap: SubCapKey }): boolean => row.subCap !== defaultSubCap(rules, row.category);

/** A new category for a row: its sub-cap follows unless the one chosen is also allowed. */
export function setCategory(rules: Placement, row: { category: CategoryKey; subCap: SubCapKey; subCapReason: string }, category: CategoryKey): void {
  row.category = category;
  if (!subCapsOf(rules, category).includes(row.subCap)) row.subCap = defaultSubCap(rules, category);
  if (!needsSubCapReason(rules, row)) row.subCapReason = '';
}

// ---------------------------------------------------------------------------------------------
// Numbers as typed

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: 'required' | 'notNumber' | 'notInteger' };

/** Full-width digits and signs (１２０，０００) to ASCII, spaces removed. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，、]/g, ',')
    .replace(/[．]/g, '.')
    .replace(/[－ー−]/g, '-')
    .replace(/[％]/g, '%')
    .replace(/\s/g, '');
}

const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A planned amount in whole yen: "120,000", "120000円", "１２０，０００", "12万", "12万円", "3千".
 * Whether it is above zero is the server's rule (its message names the field).
 */
export function parseYen(text: string): Parsed<number> {
  let s = normalise(text).replace(/円$/, '');
  if (!s) return { ok: false, error: 'required' };
  let factor = 1;
  if (s.endsWith('万')) [s, factor] = [s.slice(0, -1), 10_000];
  else if (s.endsWith('千')) [s, factor] = [s.slice(0, -1), 1_000];
  if (!NUMBER.test(s)) return { ok: false, error: 'notNumber' };
  // Scale in integer arithmetic so "1.5万" is exactly 15000.
  const [whole, fraction = ''] = s.replace(/,/g, '').split('.');
  const digits = fraction.replace(/0+$/, '');
  const scale = 10 ** digits.length;
  const numerator = Number(`${whole}${digits}`) * factor;
  if (numerator % scale !== 0) return { ok: false, error: 'notInteger' };
  const value = numerator / scale;
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'notNumber' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** An indicator value, optional: "" → null, "4", "1,200", "12.5", "80%", "－3", "４". */
export function parseIndicatorValue(text: string): Parsed<number | null> {
  const s = normalise(text).replace(/%$/, '');
  if (!s) return { ok: true, value: null };
  if (!NUMBER.test(s)) return { ok: false, error: 'notNumber' };
  return { ok: true, value: Number(s.replace(/,/g, '')) };
}

/** A value back into the form's text (no grouping, so that it round-trips). */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

// ---------------------------------------------------------------------------------------------
// The project form

export type IndicatorRow = { key: string; id: string | null; name: string; type: IndicatorTypeKey; unit: string; baseline: string; target: string };
export type BudgetLineRow = { key: string; id: string | null; subCap: SubCapKey; subCapReason: string; category: CategoryKey; plannedYen: string; description: string };
export type PlannedActivityRow = { key: string; id: string | null; title: string; startsOn: string; endsOn: string };
export type ProjectForm = {
  title: string;
  objective: string;
  issueIds: string[];
  indicators: IndicatorRow[];
  budgetLines: BudgetLineRow[];
  plannedActivities: PlannedActivityRow[];
};

/** The fields of a project as the server gives them (a structural subset of the generated type). */
export type ProjectData = {
  id: string;
  version: number;
  title: string;
  objective: string;
  issues: { id: string }[];
  indicators: { id: string; name: string; type: IndicatorTypeKey; unit: string; baseline?: number | null; target?: number | null }[];
  budgetLines: { id: string; subCap: SubCapKey; subCapReason?: string | null; category: CategoryKey; plannedYen: number; description: string }[];
  plannedActivities: { id: string; title: string; startsOn?: string | null; endsOn?: string | null }[];
};

let counter = 0;
/** A key for a row of the form, stable while it is edited (rows from the server use their id). */
export function rowKey(): string {
  counter += 1;
  return `new-${counter}`;
}

export function emptyIndicator(): IndicatorRow {
  return { key: rowKey(), id: null, name: '', type: 'PROCESS', unit: '', baseline: '', target: '' };
}

/** A new budget line of a category (報償費 unless said), under the category's own sub-cap. */
export function emptyBudgetLine(category: CategoryKey = 'HONORARIA', rules: Placement = rulesOfYear(null)): BudgetLineRow {
  return { key: rowKey(), id: null, subCap: defaultSubCap(rules, category), subCapReason: '', category, plannedYen: '', description: '' };
}

export function emptyPlannedActivity(): PlannedActivityRow {
  return { key: rowKey(), id: null, title: '', startsOn: '', endsOn: '' };
}

export function emptyForm(): ProjectForm {
  return { title: '', objective: '', issueIds: [], indicators: [emptyIndicator()], budgetLines: [emptyBudgetLine()], plannedActivities: [emptyPlannedActivity()] };
}

/** A project as the server has it, as the form's rows. */
export function projectToForm(project: ProjectData): ProjectForm {
  return {
    title: project.title,
    objective: project.objective,
    issueIds: project.issues.map((i) => i.id).sort(),
    indicators: project.indicators.map((i) => ({ key: i.id, id: i.id, name: i.name, type: i.type, unit: i.unit, baseline: numberText(i.baseline), target: numberText(i.target) })),
    budgetLines: project.budgetLines.map((l) => ({ key: l.id, id: l.id, subCap: l.subCap, subCapReason: l.subCapReason ?? '', category: l.category, plannedYen: numberText(l.plannedYen), description: l.description })),
    plannedActivities: project.plannedActivities.map((a) => ({ key: a.id, id: a.id, title: a.title, startsOn: a.startsOn ?? '', endsOn: a.endsOn ?? '' })),
  };
}

/** A deep copy, so that the form never shares rows with the record it started from. */
export function cloneForm(form: ProjectForm): ProjectForm {
  return {
    ...form,
    issueIds: [...form.issueIds],
    indicators: form.indicators.map((r) => ({ ...r })),
    budgetLines: form.budgetLines.map((r) => ({ ...r })),
    plannedActivities: form.plannedActivities.map((r) => ({ ...r })),
  };
}

/** Errors found before sending, keyed like "budgetLines.0.plannedYen"; values are message keys. */
export type FormErrors = Record<string, 'required' | 'notNumber' | 'notInteger'>;

export type ProjectFields = {
  title: string;
  objective: string;
  issueIds: string[];
  indicators: { id?: string | null; name: string; type: IndicatorTypeKey; unit: string; baseline: number | null; target: number | null }[];
  budgetLines: { id?: string | null; subCap: SubCapKey; subCapReason?: string; category: CategoryKey; plannedYen: number; description: string }[];
  plannedActivities: { id?: string | null; title: string; startsOn: string | null; endsOn: string | null }[];
};

/** A row the person added and left entirely empty is not meant: it is dropped, not refused. */
const blankIndicator = (r: IndicatorRow) => !r.id && !r.name.trim() && !r.unit.trim() && !r.baseline.trim() && !r.target.trim();
const blankLine = (r: BudgetLineRow) => !r.id && !r.plannedYen.trim() && !r.description.trim();
const blankActivity = (r: PlannedActivityRow) => !r.id && !r.title.trim() && !r.startsOn && !r.endsOn;

/** The form as the fields both inputs share, or what could not be read as typed. */
export function formToFields(form: ProjectForm): { ok: true; fields: ProjectFields } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const indicators = form.indicators.flatMap((row, index) => {
    if (blankIndicator(row)) return [];
    const baseline = parseIndicatorValue(row.baseline);
    const target = parseIndicatorValue(row.target);
    if (!baseline.ok) errors[`indicators.${index}.baseline`] = baseline.error;
    if (!target.ok) errors[`indicators.${index}.target`] = target.error;
    return [{ ...(row.id ? { id: row.id } : {}), name: row.name.trim(), type: row.type, unit: row.unit.trim(), baseline: baseline.ok ? baseline.value : null, target: target.ok ? target.value : null }];
  });
  const budgetLines = form.budgetLines.flatMap((row, index) => {
    if (blankLine(row)) return [];
    const amount = parseYen(row.plannedYen);
    if (!amount.ok) errors[`budgetLines.${index}.plannedYen`] = amount.error;
    return [{ ...(row.id ? { id: row.id } : {}), subCap: row.subCap, ...(row.subCapReason.trim() ? { subCapReason: row.subCapReason.trim() } : {}), category: row.category, plannedYen: amount.ok ? amount.value : 0, description: row.description.trim() }];
  });
  const plannedActivities = form.plannedActivities.flatMap((row) =>
    blankActivity(row) ? [] : [{ ...(row.id ? { id: row.id } : {}), title: row.title.trim(), startsOn: row.startsOn || null, endsOn: row.endsOn || null }],
  );
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, fields: { title: form.title.trim(), objective: form.objective.trim(), issueIds: [...form.issueIds], indicators, budgetLines, plannedActivities } };
}

export function toCreateInput(hubId: string, planId: string, form: ProjectForm) {
  const result = formToFields(form);
  if (!result.ok) return result;
  return { ok: true as const, input: { hubId, planId, ...result.fields } };
}

/** Every list is sent whole: the server replaces each list, keeping rows by id. */
export function toUpdateInput(hubId: string, projectId: string, version: number, form: ProjectForm) {
  const result = formToFields(form);
  if (!result.ok) return result;
  return { ok: true as const, input: { hubId, projectId, version, ...result.fields } };
}

/**
 * Where to show a server refusal naming a field. The server names the list and the column
 * ("budgetLines.plannedYen"); the row is found by the same rule when it can be, so the message
 * sits beside the value at fault: "budgetLines.1.plannedYen". Otherwise the field as given.
 */
export function locateServerField(field: string, form: ProjectForm): string {
  const [list, column] = field.split('.');
  const at = (index: number) => (index >= 0 ? `${list}.${index}.${column}` : field);
  if (list === 'budgetLines' && column === 'plannedYen') {
    return at(form.budgetLines.findIndex((r) => !blankLine(r) && (() => { const p = parseYen(r.plannedYen); return p.ok && p.value <= 0; })()));
  }
  if (list === 'plannedActivities' && column === 'endsOn') return at(form.plannedActivities.findIndex((r) => r.startsOn && r.endsOn && r.endsOn < r.startsOn));
  if (list === 'plannedActivities' && column === 'title') return at(form.plannedActivities.findIndex((r) => !blankActivity(r) && !r.title.trim()));
  if (list === 'indicators' && column === 'name') return at(form.indicators.findIndex((r) => !blankIndicator(r) && !r.name.trim()));
  if (list === 'indicators' && column === 'unit') return at(form.indicators.findIndex((r) => r.unit.trim().length > 20));
  return field;
}

// ---------------------------------------------------------------------------------------------
// Re-applying edits after a CONFLICT

type Row = { key: string; id: string | null };
const sameRow = (a: object, b: object) => JSON.stringify({ ...a, key: '' }) === JSON.stringify({ ...b, key: '' });

function mergeList<R extends Row>(base: R[], mine: R[], fresh: R[], label: (r: R) => string, overlaps: string[]): R[] {
  const baseById = new Map(base.filter((r) => r.id).map((r) => [r.id!, r]));
  const mineById = new Map(mine.filter((r) => r.id).map((r) => [r.id!, r]));
  const freshIds = new Set(fresh.map((r) => r.id));
  const out: R[] = [];
  // The fresh list, with the person's changes and removals applied to its rows.
  for (const row of fresh) {
    const before = row.id ? baseById.get(row.id) : undefined;
    const edited = row.id ? mineById.get(row.id) : undefined;
    if (!before) {
      out.push({ ...row }); // added by someone else meanwhile
    } else if (!edited) {
      // Removed by the person: stays removed, unless someone else changed it meanwhile.
      if (!sameRow(before, row)) {
        overlaps.push(label(row));
        out.push({ ...row });
      }
    } else if (sameRow(before, edited)) {
      out.push({ ...row }); // untouched by the person: take the fresh one
    } else {
      if (!sameRow(before, row) && !sameRow(edited, row)) overlaps.push(label(edited));
      out.push({ ...edited, key: row.key });
    }
  }
  // Rows the person edited that someone else removed meanwhile come back as new rows.
  for (const row of mine) {
    if (row.id && !freshIds.has(row.id) && baseById.has(row.id) && !sameRow(baseById.get(row.id)!, row)) {
      overlaps.push(label(row));
      out.push({ ...row, id: null, key: rowKey() });
    }
  }
  // Rows the person added.
  for (const row of mine) if (!row.id) out.push({ ...row });
  return out;
}

/**
 * The person's edits (`mine`, made on `base`) re-applied onto the record as it is now (`fresh`):
 * what they changed wins, what they did not touch takes the fresh value, rows they added or
 * removed are added or removed again. `overlaps` names what both changed, to check before saving.
 */
export function reapplyEdits(base: ProjectForm, mine: ProjectForm, fresh: ProjectForm): { form: ProjectForm; overlaps: string[] } {
  // The two texts through the shared three-way merge; the row lists merge row by row below.
  const texts = reapply(['title', 'objective'] as const, base, mine, fresh);
  const overlaps: string[] = [...texts.clashes];
  const { title, objective } = texts.form;
  // Linked issues as a set: the person's additions and removals applied to the fresh set.
  const added = mine.issueIds.filter((id) => !base.issueIds.includes(id));
  const removed = base.issueIds.filter((id) => !mine.issueIds.includes(id));
  const issueIds = [...new Set([...fresh.issueIds.filter((id) => !removed.includes(id)), ...added])].sort();
  return {
    form: {
      title,
      objective,
      issueIds,
      indicators: mergeList(base.indicators, mine.indicators, fresh.indicators, (r) => `indicator:${r.name}`, overlaps),
      budgetLines: mergeList(base.budgetLines, mine.budgetLines, fresh.budgetLines, (r) => `budgetLine:${r.description || r.category}`, overlaps),
      plannedActivities: mergeList(base.plannedActivities, mine.plannedActivities, fresh.plannedActivities, (r) => `plannedActivity:${r.title}`, overlaps),
    },
    overlaps,
  };
}

// ---------------------------------------------------------------------------------------------
// Totals against the caps

export type Caps = PlanCaps;
export type TotalRow = PlannedTotal;
/** The planned yen per sub-cap and in total, against the caps: the server's own rule (budget.rules.ts). */
export { plannedTotals };

/** The budget lines of a form that can be read, for live totals while typing. */
export function formLines(form: ProjectForm): { subCap: SubCapKey; plannedYen: number }[] {
  return form.budgetLines.flatMap((r) => {
    const p = parseYen(r.plannedYen);
    return p.ok ? [{ subCap: r.subCap, plannedYen: p.value }] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// Differences between versions

export type Difference = { path: string; kind: string; label: string; field?: string | null; before?: unknown; after?: unknown };
export type ItemKind = 'project' | 'indicator' | 'budgetLine' | 'plannedActivity';

/** How to name things in the reader's language (category labels, yen, issue titles …). */
export type DiffWords = {
  category(key: string): string;
  subCap(key: string): string;
  indicatorType(key: string): string;
  issue(id: string): string;
  yen(amount: number): string;
  day(date: string): string;
  none: string;
  /** "指標" etc. for an added/removed item's own fields. */
  field(name: string): string;
};

export type DiffEntry = { key: string; kind: 'ADDED' | 'REMOVED' | 'CHANGED'; item: ItemKind; label: string; field: string | null; before: string; after: string };
export type DiffGroup = { projectId: string; title: string; projectKind: 'ADDED' | 'REMOVED' | 'CHANGED'; entries: DiffEntry[] };

/** "project:<id>/budgetLine:<id>" → the project's id and what the path points at. */
export function parsePath(path: string): { projectId: string; item: ItemKind; itemId: string } {
  const parts = path.split('/').map((p) => p.split(':') as [string, string]);
  const projectId = parts[0]?.[1] ?? '';
  const last = parts.at(-1) ?? ['project', projectId];
  const item = (['project', 'indicator', 'budgetLine', 'plannedActivity'] as const).find((k) => k === last[0]) ?? 'project';
  return { projectId, item, itemId: last[1] ?? '' };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value of a field, readable: categories and types by name, yen with 円, issues by title. */
export function formatValue(field: string | null | undefined, value: unknown, words: DiffWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  switch (field) {
    case 'category': return words.category(String(value));
    case 'subCap': return words.subCap(String(value));
    case 'type': return words.indicatorType(String(value));
    case 'plannedYen': return typeof value === 'number' ? words.yen(value) : String(value);
    case 'startsOn':
    case 'endsOn': return words.day(String(value));
    case 'issueIds': return Array.isArray(value) ? (value.length ? value.map((id) => words.issue(String(id))).join('、') : words.none) : String(value);
    default: break;
  }
  if (typeof value === 'number') return new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 3 }).format(value);
  if (Array.isArray(value)) return value.map(String).join('、');
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/** An added or removed item in one line: "②事務費・報償費 120,000円 講師謝金". */
export function summariseItem(item: ItemKind, value: unknown, words: DiffWords): string {
  if (!isRecord(value)) return formatValue(null, value, words);
  const v = value;
  const num = (x: unknown) => (typeof x === 'number' ? formatValue(null, x, words) : '');
  switch (item) {
    case 'indicator': {
      const unit = typeof v.unit === 'string' ? v.unit : '';
      const value = (x: unknown) => (typeof x === 'number' ? `${num(x)}${unit}` : '—');
      const values = [v.baseline, v.target].some((x) => typeof x === 'number') ? ` ${value(v.baseline)} → ${value(v.target)}` : '';
      return `${String(v.name ?? '')}（${words.indicatorType(String(v.type))}）${values}`;
    }
    case 'budgetLine':
      return `${words.subCap(String(v.subCap))}・${words.category(String(v.category))} ${typeof v.plannedYen === 'number' ? words.yen(v.plannedYen) : ''}${v.description ? ` ${String(v.description)}` : ''}`;
    case 'plannedActivity': {
      const when = [v.startsOn, v.endsOn].filter((d): d is string => typeof d === 'string' && d !== '');
      const span = when.length === 2 && when[0] === when[1] ? words.day(when[0]!) : when.map((d) => words.day(d)).join(' 〜 ');
      return `${String(v.title ?? '')}${span ? `（${span}）` : ''}`;
    }
    case 'project':
      return String(v.title ?? '');
  }
}

/** The label a difference is shown under: budget lines are named by their category's name. */
function itemLabel(item: ItemKind, label: string, words: DiffWords): string {
  if (item !== 'budgetLine') return label;
  const [category, ...rest] = label.split(' ');
  return [words.category(category ?? ''), ...rest].join(' ').trim();
}

const ITEM_ORDER: ItemKind[] = ['project', 'indicator', 'budgetLine', 'plannedActivity'];

/**
 * The differences the server lists, grouped by project in the order they come, each made
 * readable: what was added, removed or changed, its name, and before → after.
 * `titles` names projects whose own title did not change (from the plan now, or the old version).
 */
export function groupDifferences(differences: Difference[], words: DiffWords, titles: Map<string, string> = new Map()): DiffGroup[] {
  const groups = new Map<string, DiffGroup>();
  for (const [index, d] of differences.entries()) {
    const { projectId, item } = parsePath(d.path);
    let group = groups.get(projectId);
    if (!group) {
      group = { projectId, title: titles.get(projectId) ?? '', projectKind: 'CHANGED', entries: [] };
      groups.set(projectId, group);
    }
    const kind = d.kind === 'ADDED' || d.kind === 'REMOVED' ? d.kind : 'CHANGED';
    if (item === 'project') {
      if (kind !== 'CHANGED') group.projectKind = kind;
      if (!group.title || kind !== 'CHANGED') group.title = d.label;
      // A renamed project goes by its new name.
      if (kind === 'CHANGED' && d.field === 'title' && typeof d.after === 'string') group.title = d.after;
    }
    const entry: DiffEntry = {
      key: `${d.path}#${d.field ?? kind}#${index}`,
      kind,
      item,
      label: itemLabel(item, d.label, words),
      field: kind === 'CHANGED' ? (d.field ?? null) : null,
      before: kind === 'ADDED' ? '' : kind === 'REMOVED' ? summariseItem(item, d.before, words) : formatValue(d.field, d.before, words),
      after: kind === 'REMOVED' ? '' : kind === 'ADDED' ? summariseItem(item, d.after, words) : formatValue(d.field, d.after, words),
    };
    group.entries.push(entry);
  }
  for (const group of groups.values()) {
    if (!group.title) group.title = group.projectId;
    // An added or removed project is one line: its rows came or went with it.
    if (group.projectKind !== 'CHANGED') group.entries = group.entries.filter((e) => e.item === 'project');
    group.entries.sort((a, b) => ITEM_ORDER.indexOf(a.item) - ITEM_ORDER.indexOf(b.item));
  }
  return [...groups.values()];
}

/** Which projects differ between two loads of the plan, to highlight what someone else changed. */
export function changedProjects(before: { id: string }[], after: { id: string }[]): string[] {
  const old = new Map(before.map((p) => [p.id, JSON.stringify(p)]));
  return after.filter((p) => old.get(p.id) !== JSON.stringify(p)).map((p) => p.id);
}

/** A LocalDate ("2025-09-01") as the Tokyo calendar day it names. */
export function localDateInstant(date: string): string {
  return `${date}T00:00:00+09:00`;
}

/** Achievement as a percentage, or null until an actual value is recorded. */
export function achievementPercent(achievement: number | null | undefined): number | null {
  return achievement === null || achievement === undefined ? null : Math.round(achievement * 1000) / 10;
}
