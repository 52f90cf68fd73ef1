import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../platform/download.js';
import { fileNames } from './file-names.js';

describe('official file names', () => {
  it('name the year in era form and the hub, municipality or meeting in words', () => {
    expect(fileNames.programmeReport('室蘭市', 2026).name).toBe('市町村実績_室蘭市_令和8年度.csv');
    expect(fileNames.performanceReport('在宅医療ソリューション会議', 2025).name).toBe('実績報告_在宅医療ソリューション会議_令和7年度.xlsx');
    expect(fileNames.budgetStatement('拠点', 2019).name).toBe('収支予算書_拠点_令和元年度.xlsx');
    expect(fileNames.ledger('拠点', 2025).name).toBe('支出台帳_拠点_令和7年度.csv');
    expect(fileNames.areaEvaluation('西胆振', 2025, 'xlsx').name).toBe('圏域評価_西胆振_令和7年度.xlsx');
    // The Tokyo date: 2025-11-30T16:00Z is 1 December in Tokyo.
    expect(fileNames.meeting('第3回 協議会', new Date('2025-11-30T16:00:00Z')).name).toBe('会議_2025-12-01_第3回 協議会.ics');
    expect(safeFileName(fileNames.minutes('第3回 協議会', new Date('2025-11-30T16:00:00Z')).name)).toBe('議事録_2025-12-01_第3回 協議会.html');
  });

  it('give every file an ASCII fallback', () => {
    const all = [
      fileNames.programmeReport('室蘭市', 2026), fileNames.performanceReport('拠点', 2025), fileNames.budgetStatement('拠点', 2025), fileNames.ledger('拠点', 2025),
      fileNames.areaEvaluation('西胆振', 2025, 'html'), fileNames.minutes('会議', new Date()), fileNames.meeting('会議', new Date()), fileNames.calendarFeed(),
    ];
    for (const { fallback } of all) expect(fallback).toMatch(/^[\x21-\x7e]+$/);
  });
});
