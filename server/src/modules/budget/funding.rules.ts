import { payeeKey } from './honorarium.rules.js';

/**
 * 補助金二重取り: how two records of a cost are compared, as people really type them. Pure, so
 * the client can say "this looks like …" with the same rule the server refuses with.
 */

// Corporate and legal-form designators, written out and abbreviated, that say nothing about who
// the payee is: 〇〇印刷株式会社, 〇〇印刷（株）, ㈱〇〇印刷 and 〇〇印刷 are one payee. Longest first,
// so 医療法人社団 goes before 医療法人. Matched after NFKC, which turns ㈱ into (株) and （ into (.
const DESIGNATORS = [
  '特定非営利活動法人',
  '地方独立行政法人',
  '独立行政法人',
  '一般社団法人',
  '公益社団法人',
  '一般財団法人',
  '公益財団法人',
  '社会福祉法人',
  '医療法人社団',
  '医療法人財団',
  '社会医療法人',
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '医療法人',
  '社団法人',
  '財団法人',
  'npo法人',
  '(株)',
  '(有)',
  '(同)',
  '(資)',
  '(名)',
  '(一社)',
  '(公社)',
  '(一財)',
  '(公財)',
  '(社福)',
  '(医)',
  '(特非)',
  '(独)',
] as const;

/** Who a payee is, for comparing: NFKC, no spaces or middle dots, lower case, no legal-form designator. */
export function payeeIdentity(name: string): string {
  // The honorarium rule's key (NFKC, no spaces, lower case), without middle dots either.
  let s = payeeKey(name).replace(/[・･]+/g, '');
  for (const d of DESIGNATORS) s = s.split(d).join('');
  return s;
}

/** Days between two calendar dates (YYYY-MM-DD), whichever comes first. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

export type CostRecord = { activityId?: string | null; payee: string; date: string | null; amountYen: number };

/**
 * How two claims of a cost relate:
 * - EXACT: the same activity, or the same payee (as compared), date and amount — refused;
 * - NEAR: the same payee and amount, the dates within the tolerance — a warning to confirm with a reason;
 * - null: nothing in common worth a look.
 */
export function costMatch(a: CostRecord, b: CostRecord, toleranceDays: number): { kind: 'EXACT' | 'NEAR'; reason: 'SAME_ACTIVITY' | 'SAME_PAYEE_DATE_AMOUNT' | 'NEAR_PAYEE_DATE_AMOUNT'; daysApart: number } | null {
  if (a.activityId && a.activityId === b.activityId) return { kind: 'EXACT', reason: 'SAME_ACTIVITY', daysApart: 0 };
  if (a.amountYen !== b.amountYen || !a.date || !b.date) return null;
  const payee = payeeIdentity(a.payee);
  if (!payee || payee !== payeeIdentity(b.payee)) return null;
  const apart = daysApart(a.date, b.date);
  if (apart === 0) return { kind: 'EXACT', reason: 'SAME_PAYEE_DATE_AMOUNT', daysApart: 0 };
  if (apart <= toleranceDays) return { kind: 'NEAR', reason: 'NEAR_PAYEE_DATE_AMOUNT', daysApart: apart };
  return null;
}
