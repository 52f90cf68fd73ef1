import { describe, expect, it } from 'vitest';
import { costMatch, payeeIdentity } from './funding.rules.js';

describe('payee identity', () => {
  it('is the same for the ways one payee is typed', () => {
    const one = payeeIdentity('〇〇印刷株式会社');
    for (const typed of ['〇〇印刷 株式会社', '〇〇印刷　株式会社', '株式会社〇〇印刷', '〇〇印刷（株）', '㈱〇〇印刷', '〇〇印刷(株)', ' 〇〇印刷 ']) expect(payeeIdentity(typed), typed).toBe(one);
    expect(payeeIdentity('（公社）室蘭市医師会')).toBe(payeeIdentity('公益社団法人 室蘭市医師会'));
    expect(payeeIdentity('医療法人社団 〇〇会')).toBe(payeeIdentity('〇〇会'));
    expect(payeeIdentity('ﾎﾃﾙ　ABC')).toBe(payeeIdentity('ホテルabc'));
    expect(payeeIdentity('〇〇印刷')).not.toBe(payeeIdentity('△△印刷'));
  });
});

describe('cost match', () => {
  const hub = { payee: '〇〇印刷 株式会社', date: '2025-09-01', amountYen: 18_700 };
  it('is exact for the same activity, or the same payee, date and amount', () => {
    expect(costMatch({ ...hub, activityId: 'a' }, { payee: 'x', date: null, amountYen: 1, activityId: 'a' }, 7)?.reason).toBe('SAME_ACTIVITY');
    expect(costMatch(hub, { payee: '〇〇印刷株式会社', date: '2025-09-01', amountYen: 18_700 }, 7)).toMatchObject({ kind: 'EXACT', reason: 'SAME_PAYEE_DATE_AMOUNT' });
  });
  it('is near within the tolerance in days, and nothing beyond it or for another amount', () => {
    expect(costMatch(hub, { payee: '㈱〇〇印刷', date: '2025-09-02', amountYen: 18_700 }, 7)).toEqual({ kind: 'NEAR', reason: 'NEAR_PAYEE_DATE_AMOUNT', daysApart: 1 });
    expect(costMatch(hub, { payee: '〇〇印刷', date: '2025-09-08', amountYen: 18_700 }, 7)?.kind).toBe('NEAR');
    expect(costMatch(hub, { payee: '〇〇印刷', date: '2025-09-09', amountYen: 18_700 }, 7)).toBeNull();
    expect(costMatch(hub, { payee: '〇〇印刷', date: '2025-09-01', amountYen: 18_701 }, 7)).toBeNull();
    expect(costMatch({ ...hub, payee: '' }, { payee: '', date: '2025-09-01', amountYen: 18_700 }, 7)).toBeNull();
  });
});
