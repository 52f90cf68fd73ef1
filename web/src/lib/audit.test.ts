import { describe, expect, it } from 'vitest';
import { arrayLiteral, changeLines, enumKey, formatValue, namesById, type AuditVocabulary } from './audit';

const labels: Record<string, string> = { title: '件名', status: '状態', functions: '機能', carryOver: '繰越', raisedBy: '提起した人', mergedInto: '統合先', description: '内容' };
const enums: Record<string, string> = { OPEN: '未対応', CLOSED: '解決・終了', DAILY_CARE: '日常の療養支援', END_OF_LIFE: '看取り' };
const refs: Record<string, string> = { '11111111-2222-4333-8444-555555555555': '北海 太郎' };
const words: AuditVocabulary = {
  field: (k) => labels[k] ?? k,
  enumValue: (_k, v) => enums[v] ?? null,
  ref: (_k, id) => refs[id] ?? null,
  instant: (iso) => `東京 ${iso.slice(0, 10)}`,
  yes: 'はい',
  no: 'いいえ',
  none: '（なし）',
  hidden: '（非表示）',
};

describe('formatValue', () => {
  it('writes empty values, booleans and hidden values in words', () => {
    expect(formatValue('description', null, words)).toBe('（なし）');
    expect(formatValue('description', '', words)).toBe('（なし）');
    expect(formatValue('carryOver', true, words)).toBe('はい');
    expect(formatValue('carryOver', false, words)).toBe('いいえ');
    expect(formatValue('passwordHash', '[hidden]', words)).toBe('（非表示）');
  });
  it('translates codes, names references and shows instants in Tokyo', () => {
    expect(formatValue('status', 'OPEN', words)).toBe('未対応');
    expect(formatValue('status', 'UNKNOWN_CODE', words)).toBe('UNKNOWN_CODE');
    expect(formatValue('raisedBy', '11111111-2222-4333-8444-555555555555', words)).toBe('北海 太郎');
    expect(formatValue('mergedInto', 'abcdef12-2222-4333-8444-555555555555', words)).toBe('#abcdef12');
    expect(formatValue('closedAt', '2026-03-31T15:00:00.000Z', words)).toBe('東京 2026-03-31');
  });
  it('joins lists and writes amounts of yen', () => {
    expect(formatValue('functions', ['DAILY_CARE', 'END_OF_LIFE'], words)).toBe('日常の療養支援、看取り');
    expect(formatValue('functions', [], words)).toBe('（なし）');
    expect(formatValue('amountYen', 1234567, words)).toBe('1,234,567円');
    expect(formatValue('count', 1200, words)).toBe('1,200');
  });
  it('keeps ordinary text as it is, and writes flat objects as label: value', () => {
    expect(formatValue('title', 'ACP の普及 — OK', words)).toBe('ACP の普及 — OK');
    expect(formatValue('x', { status: 'OPEN', carryOver: true }, words)).toBe('状態: 未対応、繰越: はい');
    expect(formatValue('x', { nested: { a: 1 } }, words)).toBe('{"nested":{"a":1}}');
  });
});

describe('arrayLiteral', () => {
  it('reads the lists the server records in PostgreSQL form', () => {
    expect(arrayLiteral('{DISCHARGE_SUPPORT,END_OF_LIFE}')).toEqual(['DISCHARGE_SUPPORT', 'END_OF_LIFE']);
    expect(arrayLiteral('{}')).toEqual([]);
    expect(arrayLiteral('{"DAILY_CARE", 12}')).toEqual(['DAILY_CARE', '12']);
  });
  it('leaves ordinary text in braces alone', () => {
    expect(arrayLiteral('{研修会,勉強会}')).toBeNull();
    expect(arrayLiteral('{a}')).toBeNull();
    expect(arrayLiteral('DAILY_CARE')).toBeNull();
  });
  it('is used when formatting, so a recorded list reads as words', () => {
    expect(formatValue('functions', '{DAILY_CARE,END_OF_LIFE}', words)).toBe('日常の療養支援、看取り');
    expect(formatValue('functions', '{}', words)).toBe('（なし）');
    expect(formatValue('title', '{研修会,勉強会}', words)).toBe('{研修会,勉強会}');
  });
  it('leaves an empty recorded list out of a new record', () => {
    expect(changeLines('CREATE', { functions: { before: null, after: '{}' } }, words)).toEqual([]);
  });
});

describe('changeLines', () => {
  it('shows a change as before and after, known fields first, without the hub', () => {
    const lines = changeLines('UPDATE', { carryOver: { before: false, after: true }, hub: { before: 'h', after: 'h2' }, status: { before: 'OPEN', after: 'CLOSED' }, title: { before: 'A', after: 'B' } }, words);
    expect(lines).toEqual([
      { key: 'title', label: '件名', before: 'A', after: 'B' },
      { key: 'status', label: '状態', before: '未対応', after: '解決・終了' },
      { key: 'carryOver', label: '繰越', before: 'いいえ', after: 'はい' },
    ]);
  });
  it('shows a created record’s given values only, leaving out empty ones', () => {
    const lines = changeLines('CREATE', { title: { before: null, after: '新しい課題' }, description: { before: null, after: '' }, functions: { before: null, after: [] }, carryOver: { before: null, after: false } }, words);
    expect(lines).toEqual([
      { key: 'title', label: '件名', before: null, after: '新しい課題' },
      { key: 'carryOver', label: '繰越', before: null, after: 'いいえ' },
    ]);
  });
  it('shows a removed record’s last values only', () => {
    expect(changeLines('DELETE', { title: { before: 'A', after: null } }, words)).toEqual([{ key: 'title', label: '件名', before: 'A', after: null }]);
  });
  it('copes with a value recorded without before/after', () => {
    expect(changeLines('UPDATE', { status: 'OPEN' }, words)).toEqual([{ key: 'status', label: '状態', before: '（なし）', after: '未対応' }]);
  });
});

describe('enumKey', () => {
  it('finds the words for the codes of each kind of record', () => {
    expect(enumKey('Issue', 'status', 'OPEN')).toBe('issues.statuses.OPEN');
    expect(enumKey('Issue', 'priority', 'HIGH')).toBe('issues.priorities.HIGH');
    expect(enumKey('Issue', 'source', 'SURVEY')).toBe('issues.sources.SURVEY');
    expect(enumKey('Meeting', 'status', 'HELD')).toBe('meetings.statuses.HELD');
    expect(enumKey('Project', 'functions', 'END_OF_LIFE')).toBe('functions.END_OF_LIFE');
    expect(enumKey('Cycle', 'phase', 'PLANNING')).toBe('phases.PLANNING');
    expect(enumKey('Expense', 'status', 'X')).toBeNull();
  });
});

describe('namesById', () => {
  it('maps user ids to display names', () => {
    expect(namesById([{ user: { id: 'u1', displayName: '事務局' } }]).get('u1')).toBe('事務局');
  });
});
