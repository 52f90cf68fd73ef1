import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv.js';

describe('CSV that is safe to open in a spreadsheet', () => {
  it('turns every text cell that would start a formula into text', () => {
    for (const hostile of ['=HYPERLINK("http://evil.example/","x")', '+1+1', '-2+3', '@SUM(1+1)', '\tcmd', '\rcmd']) {
      expect(neutraliseFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(neutraliseFormula('会議室使用料')).toBe('会議室使用料');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('quotes, keeps numbers (also negative ones) as numbers and writes one BOM with CRLF', () => {
    const csv = toCsv([
      ['内容', '金額（円）'],
      ['=1+1', -1200],
      ['"引用", 改行\nあり', 22_000],
      [null, 0],
    ]);
    expect(csv.startsWith('\uFEFF内容,金額（円）\r\n')).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(parse(csv.slice(1), { relax_column_count: false })).toEqual([
      ['内容', '金額（円）'],
      ["'=1+1", '-1200'],
      ['"引用", 改行\nあり', '22000'],
      ['', '0'],
    ]);
    expect(csv).toContain(`"'=1+1",-1200\r\n`);
  });
});
