import { parse } from 'content-disposition';
import { describe, expect, it } from 'vitest';
import { safeFileName, sendDownload } from './download.js';

describe('file names of downloads', () => {
  it('keeps Japanese names and replaces what a file system refuses', () => {
    expect(safeFileName('市町村実績_室蘭市_令和8年度.csv')).toBe('市町村実績_室蘭市_令和8年度.csv');
    expect(safeFileName('会議 1/2: "第3回"?.ics')).toBe('会議 1_2_ _第3回_.ics');
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileName('議事録\r\nSet-Cookie: x.html')).toBe('議事録_Set-Cookie_ x.html');
    expect(safeFileName('')).toBe('download');
  });

  it('sends the UTF-8 name with an ASCII fallback, attachment or inline, never sniffed', () => {
    const sent = (options: Parameters<typeof sendDownload>[2]) => {
      const headers = new Map<string, string>();
      let body: unknown;
      const res = { setHeader: (name: string, value: string) => headers.set(name, value), send: (b: unknown) => (body = b) };
      sendDownload(res as unknown as Parameters<typeof sendDownload>[0], 'x', options);
      return { headers, body };
    };
    const saved = sent({ name: '実績報告_在宅医療ソリューション会議_令和7年度.xlsx', fallback: 'performance-2025.xlsx', contentType: 'application/octet-stream' });
    const header = saved.headers.get('content-disposition')!;
    expect(header).toMatch(/^attachment; filename=performance-2025\.xlsx; filename\*=UTF-8''/);
    // What a browser reads: filename* wins over the fallback.
    expect(parse(header).parameters.filename).toBe('実績報告_在宅医療ソリューション会議_令和7年度.xlsx');
    expect(saved.headers.get('x-content-type-options')).toBe('nosniff');
    expect(saved.body).toBe('x');
    const shown = sent({ name: '議事録/第1回.html', fallback: 'minutes.html', contentType: 'text/html; charset=utf-8', inline: true });
    expect(parse(shown.headers.get('content-disposition')!).type).toBe('inline');
    expect(shown.headers.get('content-disposition')).toContain(encodeURIComponent('議事録_第1回.html'));
  });
});
