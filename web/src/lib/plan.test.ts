import { describe, expect, it } from 'vitest';
import {
  changedProjects,
  cloneForm,
  emptyBudgetLine,
  emptyForm,
  formLines,
  groupDifferences,
  locateServerField,
  parseIndicatorValue,
  parseYen,
  plannedTotals,
  projectToForm,
  reapplyEdits,
  toCreateInput,
  toUpdateInput,
  type DiffWords,
  type ProjectData,
  type ProjectForm,
} from './plan';

const project: ProjectData = {
  id: 'p1',
  version: 3,
  title: '退院支援ルールの運用',
  objective: '入退院時の情報共有ルールを圏域で運用する',
  issues: [{ id: 'i2' }, { id: 'i1' }],
  indicators: [{ id: 'ind1', name: '研修会の開催回数', type: 'PROCESS', unit: '回', baseline: 0, target: 4 }],
  budgetLines: [{ id: 'bl1', subCap: 'OFFICE', category: 'HONORARIA', plannedYen: 120000, description: '講師謝金' }],
  plannedActivities: [{ id: 'pa1', title: '多職種研修会', startsOn: '2025-09-01', endsOn: null }],
};

describe('parseYen', () => {
  it('reads amounts as people type them', () => {
    expect(parseYen('120000')).toEqual({ ok: true, value: 120000 });
    expect(parseYen('120,000')).toEqual({ ok: true, value: 120000 });
    expect(parseYen(' 120,000円 ')).toEqual({ ok: true, value: 120000 });
    expect(parseYen('１２０，０００')).toEqual({ ok: true, value: 120000 });
    expect(parseYen('12万')).toEqual({ ok: true, value: 120000 });
    expect(parseYen('1.5万円')).toEqual({ ok: true, value: 15000 });
    expect(parseYen('3千')).toEqual({ ok: true, value: 3000 });
    expect(parseYen('0')).toEqual({ ok: true, value: 0 });
  });
  it('refuses what is not a whole number of yen', () => {
    expect(parseYen('')).toEqual({ ok: false, error: 'required' });
    expect(parseYen('円')).toEqual({ ok: false, error: 'required' });
    expect(parseYen('十二万')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseYen('12,00')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseYen('100.5')).toEqual({ ok: false, error: 'notInteger' });
    expect(parseYen('1.23456万')).toEqual({ ok: false, error: 'notInteger' });
  });
});

describe('parseIndicatorValue', () => {
  it('reads optional numbers, decimals, percentages and full-width digits', () => {
    expect(parseIndicatorValue('')).toEqual({ ok: true, value: null });
    expect(parseIndicatorValue('  ')).toEqual({ ok: true, value: null });
    expect(parseIndicatorValue('4')).toEqual({ ok: true, value: 4 });
    expect(parseIndicatorValue('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseIndicatorValue('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseIndicatorValue('80%')).toEqual({ ok: true, value: 80 });
    expect(parseIndicatorValue('８０％')).toEqual({ ok: true, value: 80 });
    expect(parseIndicatorValue('－3')).toEqual({ ok: true, value: -3 });
  });
  it('refuses words', () => {
    expect(parseIndicatorValue('四回')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseIndicatorValue('4回')).toEqual({ ok: false, error: 'notNumber' });
  });
});

describe('the project form and the inputs', () => {
  it('turns a project into rows and back into an update that keeps every row by id', () => {
    const form = projectToForm(project);
    expect(form.issueIds).toEqual(['i1', 'i2']);
    expect(form.indicators[0]).toMatchObject({ id: 'ind1', baseline: '0', target: '4' });
    expect(form.plannedActivities[0]).toMatchObject({ startsOn: '2025-09-01', endsOn: '' });
    const result = toUpdateInput('h', 'p1', 3, form);
    expect(result).toEqual({
      ok: true,
      input: {
        hubId: 'h',
        projectId: 'p1',
        version: 3,
        title: '退院支援ルールの運用',
        objective: '入退院時の情報共有ルールを圏域で運用する',
        issueIds: ['i1', 'i2'],
        indicators: [{ id: 'ind1', name: '研修会の開催回数', type: 'PROCESS', unit: '回', baseline: 0, target: 4 }],
        budgetLines: [{ id: 'bl1', subCap: 'OFFICE', category: 'HONORARIA', plannedYen: 120000, description: '講師謝金' }],
        plannedActivities: [{ id: 'pa1', title: '多職種研修会', startsOn: '2025-09-01', endsOn: null }],
      },
    });
  });

  it('builds a new project from typed rows, parsing the numbers and dropping blank new rows', () => {
    const form = emptyForm();
    form.title = ' 看取り研修 ';
    form.indicators[0] = { ...form.indicators[0]!, name: '受講者数', type: 'OUTCOME', unit: '人', baseline: '', target: '３０' };
    form.budgetLines[0] = { ...form.budgetLines[0]!, plannedYen: '50,000円', description: '会場費', category: 'RENTAL' };
    form.budgetLines.push(emptyBudgetLine('SALARY'));
    const result = toCreateInput('h', 'plan', form);
    expect(result).toEqual({
      ok: true,
      input: {
        hubId: 'h',
        planId: 'plan',
        title: '看取り研修',
        objective: '',
        issueIds: [],
        indicators: [{ name: '受講者数', type: 'OUTCOME', unit: '人', baseline: null, target: 30 }],
        budgetLines: [{ subCap: 'OFFICE', category: 'RENTAL', plannedYen: 50000, description: '会場費' }],
        plannedActivities: [],
      },
    });
  });

  it('names each value it cannot read by row and column', () => {
    const form = emptyForm();
    form.title = '事業';
    form.indicators[0] = { ...form.indicators[0]!, name: '回数', baseline: 'ゼロ', target: '4' };
    form.budgetLines.push({ ...emptyBudgetLine(), plannedYen: '1,000.5' });
    form.budgetLines[0]!.description = '謝金';
    expect(toCreateInput('h', 'plan', form)).toEqual({
      ok: false,
      errors: { 'indicators.0.baseline': 'notNumber', 'budgetLines.0.plannedYen': 'required', 'budgetLines.1.plannedYen': 'notInteger' },
    });
  });

  it('places a server refusal beside the row at fault when the rule tells which', () => {
    const form = projectToForm(project);
    form.budgetLines.push({ ...emptyBudgetLine(), plannedYen: '0', description: '予備' });
    expect(locateServerField('budgetLines.plannedYen', form)).toBe('budgetLines.1.plannedYen');
    form.plannedActivities.push({ key: 'x', id: null, title: '報告会', startsOn: '2025-10-10', endsOn: '2025-10-01' });
    expect(locateServerField('plannedActivities.endsOn', form)).toBe('plannedActivities.1.endsOn');
    expect(locateServerField('title', form)).toBe('title');
    // No row matches: the list's message stays with the list.
    expect(locateServerField('indicators.name', form)).toBe('indicators.name');
  });

  it('copies a form deeply', () => {
    const form = projectToForm(project);
    const copy = cloneForm(form);
    copy.indicators[0]!.name = '変更';
    copy.issueIds.push('i3');
    expect(form.indicators[0]!.name).toBe('研修会の開催回数');
    expect(form.issueIds).toEqual(['i1', 'i2']);
  });
});

describe('re-applying edits onto a fresher version', () => {
  const base = projectToForm(project);

  it('keeps what the person changed and takes what someone else changed meanwhile', () => {
    const mine: ProjectForm = cloneForm(base);
    mine.title = '退院支援ルールの運用と評価';
    mine.budgetLines[0]!.plannedYen = '150,000';
    mine.indicators.push({ key: 'n1', id: null, name: '参加機関数', type: 'STRUCTURE', unit: '機関', baseline: '', target: '10' });
    mine.issueIds = ['i1', 'i3'];
    mine.plannedActivities = [];

    const fresh = cloneForm(base);
    fresh.objective = '圏域共通ルールを定着させる';
    fresh.indicators[0]!.target = '6';
    fresh.budgetLines.push({ key: 'bl2', id: 'bl2', subCap: 'OFFICE', subCapReason: '', category: 'RENTAL', plannedYen: '30000', description: '会場費' });
    fresh.issueIds = ['i1', 'i2', 'i4'];

    const { form, overlaps } = reapplyEdits(base, mine, fresh);
    expect(form.title).toBe('退院支援ルールの運用と評価');
    expect(form.objective).toBe('圏域共通ルールを定着させる');
    expect(form.indicators.map((r) => [r.id, r.name, r.target])).toEqual([['ind1', '研修会の開催回数', '6'], [null, '参加機関数', '10']]);
    expect(form.budgetLines.map((r) => [r.id, r.plannedYen])).toEqual([['bl1', '150,000'], ['bl2', '30000']]);
    expect(form.issueIds).toEqual(['i1', 'i3', 'i4']);
    expect(form.plannedActivities).toEqual([]);
    expect(overlaps).toEqual([]);
  });

  it('names what both changed, keeping the person’s value', () => {
    const mine = cloneForm(base);
    mine.title = '私の案';
    mine.budgetLines[0]!.plannedYen = '200000';
    const fresh = cloneForm(base);
    fresh.title = '別の人の案';
    fresh.budgetLines[0]!.plannedYen = '90000';
    const { form, overlaps } = reapplyEdits(base, mine, fresh);
    expect(form.title).toBe('私の案');
    expect(form.budgetLines[0]!.plannedYen).toBe('200000');
    expect(overlaps).toEqual(['title', 'budgetLine:講師謝金']);
  });

  it('brings back as a new row what the person edited and someone else removed', () => {
    const mine = cloneForm(base);
    mine.indicators[0]!.target = '8';
    const fresh = cloneForm(base);
    fresh.indicators = [];
    const { form, overlaps } = reapplyEdits(base, mine, fresh);
    expect(form.indicators).toHaveLength(1);
    expect(form.indicators[0]).toMatchObject({ id: null, name: '研修会の開催回数', target: '8' });
    expect(overlaps).toEqual(['indicator:研修会の開催回数']);
  });
});

describe('planned totals', () => {
  const lines = [
    { subCap: 'OFFICE' as const, plannedYen: 120000 },
    { subCap: 'OFFICE' as const, plannedYen: 1_850_000 },
    { subCap: 'COORDINATOR_PERSONNEL' as const, plannedYen: 2_000_000 },
  ];
  it('sums per sub-cap against the caps with what remains', () => {
    const caps = { totalYen: 4_012_000, subCaps: { COORDINATOR_PERSONNEL: 2_092_000, OFFICE: 1_920_000 } };
    expect(plannedTotals(lines, caps)).toEqual([
      { key: 'COORDINATOR_PERSONNEL', plannedYen: 2_000_000, capYen: 2_092_000, remainingYen: 92_000, over: false },
      { key: 'OFFICE', plannedYen: 1_970_000, capYen: 1_920_000, remainingYen: -50_000, over: true },
      { key: 'TOTAL', plannedYen: 3_970_000, capYen: 4_012_000, remainingYen: 42_000, over: false },
    ]);
  });
  it('shows the sums alone without a budget', () => {
    expect(plannedTotals([], null)).toEqual([
      { key: 'COORDINATOR_PERSONNEL', plannedYen: 0, capYen: null, remainingYen: null, over: false },
      { key: 'OFFICE', plannedYen: 0, capYen: null, remainingYen: null, over: false },
      { key: 'TOTAL', plannedYen: 0, capYen: null, remainingYen: null, over: false },
    ]);
  });
  it('sums the lines of a form as typed, skipping what cannot be read', () => {
    const form = emptyForm();
    form.budgetLines = [{ ...emptyBudgetLine(), plannedYen: '12万' }, { ...emptyBudgetLine('SALARY'), plannedYen: 'abc' }];
    expect(formLines(form)).toEqual([{ subCap: 'OFFICE', plannedYen: 120000 }]);
  });
});

describe('differences between versions', () => {
  const words: DiffWords = {
    category: (k) => ({ HONORARIA: '報償費', RENTAL: '使用料及び賃借料' })[k] ?? k,
    subCap: (k) => (k === 'OFFICE' ? '②事務費' : '①人件費'),
    indicatorType: (k) => ({ PROCESS: 'プロセス', OUTCOME: 'アウトカム', STRUCTURE: 'ストラクチャー' })[k] ?? k,
    issue: (id) => ({ i1: '退院時の情報共有' })[id] ?? '（削除された課題）',
    yen: (n) => `${n.toLocaleString('ja-JP')}円`,
    day: (d) => d.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'),
    none: '（なし）',
    field: (f) => f,
  };

  it('groups by project and makes each difference readable', () => {
    const groups = groupDifferences(
      [
        { path: 'project:p1/budgetLine:b1', kind: 'CHANGED', label: 'HONORARIA 講師謝金', field: 'plannedYen', before: 120000, after: 150000 },
        { path: 'project:p1', kind: 'CHANGED', label: '退院支援ルールの運用', field: 'objective', before: '旧', after: '新' },
        { path: 'project:p1/indicator:x', kind: 'ADDED', label: '受講者数', field: null, before: null, after: { id: 'x', name: '受講者数', type: 'OUTCOME', unit: '人', baseline: null, target: 30 } },
        { path: 'project:p1/plannedActivity:a', kind: 'REMOVED', label: '報告会', field: null, before: { id: 'a', title: '報告会', startsOn: '2025-10-01', endsOn: '2025-10-01' }, after: null },
        { path: 'project:p1', kind: 'CHANGED', label: '退院支援ルールの運用', field: 'issueIds', before: ['i1'], after: [] },
        { path: 'project:p2', kind: 'ADDED', label: '看取り研修', field: null, before: null, after: { id: 'p2', title: '看取り研修' } },
        { path: 'project:p2/budgetLine:b9', kind: 'ADDED', label: 'RENTAL 会場費', field: null, before: null, after: {} },
      ],
      words,
    );
    expect(groups.map((g) => [g.projectId, g.title, g.projectKind, g.entries.length])).toEqual([
      ['p1', '退院支援ルールの運用', 'CHANGED', 5],
      ['p2', '看取り研修', 'ADDED', 1],
    ]);
    expect(groups[0]!.entries.map((e) => [e.kind, e.item, e.label, e.field, e.before, e.after])).toEqual([
      ['CHANGED', 'project', '退院支援ルールの運用', 'objective', '旧', '新'],
      ['CHANGED', 'project', '退院支援ルールの運用', 'issueIds', '退院時の情報共有', '（なし）'],
      ['ADDED', 'indicator', '受講者数', null, '', '受講者数（アウトカム） — → 30人'],
      ['CHANGED', 'budgetLine', '報償費 講師謝金', 'plannedYen', '120,000円', '150,000円'],
      ['REMOVED', 'plannedActivity', '報告会', null, '報告会（2025年10月1日）', ''],
    ]);
  });

  it('names a project whose title did not change from the titles given, and a renamed one by its new name', () => {
    const titles = new Map([['p1', '退院支援']]);
    expect(groupDifferences([{ path: 'project:p1/indicator:i', kind: 'CHANGED', label: '回数', field: 'target', before: 4, after: 6.5 }], words, titles)[0]).toMatchObject({
      title: '退院支援',
      entries: [{ before: '4', after: '6.5' }],
    });
    expect(groupDifferences([{ path: 'project:p1', kind: 'CHANGED', label: '旧名', field: 'title', before: '旧名', after: '新名' }], words, titles)[0]!.title).toBe('新名');
    const removed = groupDifferences([{ path: 'project:p3', kind: 'REMOVED', label: '廃止した事業', before: { title: '廃止した事業' }, after: null }], words)[0]!;
    expect([removed.projectKind, removed.entries[0]!.before]).toEqual(['REMOVED', '廃止した事業']);
    const line = groupDifferences([{ path: 'project:p1/budgetLine:b', kind: 'ADDED', label: 'HONORARIA 講師謝金', after: { subCap: 'OFFICE', category: 'HONORARIA', plannedYen: 120000, description: '講師謝金' } }], words)[0]!;
    expect(line.entries[0]!.after).toBe('②事務費・報償費 120,000円 講師謝金');
  });

  it('finds the projects that changed between two loads', () => {
    const before: { id: string; t?: number }[] = [{ id: 'a', t: 1 }, { id: 'b', t: 1 }];
    const after: { id: string; t?: number }[] = [{ id: 'a', t: 1 }, { id: 'b', t: 2 }, { id: 'c' }];
    expect(changedProjects(before, after)).toEqual(['b', 'c']);
  });
});
