import { isInputObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { argumentRule, inputProblem, INPUT_DEFAULTS } from './input-guard.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const input = (name: string): GraphQLInputType => {
  const type = schema.getType(name);
  if (!isInputObjectType(type)) throw new Error(`${name} is not an input type`);
  return type;
};
const problem = (type: string, value: Record<string, unknown>) => inputProblem(input(type), value, 'input');

describe('the input guard', () => {
  const meeting = { hubId: '00000000-0000-4000-8000-000000000000', kind: 'COLLABORATION_COUNCIL', title: '協議会', startsAt: new Date(), endsAt: new Date() };

  it('takes ordinary Japanese text, emoji and joiners as they are', () => {
    expect(problem('ScheduleMeetingInput', { ...meeting, title: '第3回 在宅医療・介護連携協議会（室蘭）👩‍⚕️', place: '室蘭市保健センター　2F' })).toBeNull();
  });

  it.each([
    ['a line break', '協議会\nATTENDEE:mailto:x@example.jp', 'CONTROL'],
    ['a carriage return', '協議会\r', 'CONTROL'],
    ['a tab', '協議\t会', 'CONTROL'],
    ['a C1 control', '協議\u0085会', 'CONTROL'],
    ['DEL', '協議\u007F会', 'CONTROL'],
    ['a line separator', '協議\u2028会', 'CONTROL'],
    ['a right-to-left override', '協議会\u202Egpj.exe', 'BIDI'],
    ['a bidi isolate', '\u2066協議会', 'BIDI'],
    ['NUL', '協\u0000議会', 'NUL'],
    ['a lone surrogate', '協議\uD83D会', 'ENCODING'],
  ])('refuses %s in a one-line field', (_name, title, kind) => {
    expect(problem('ScheduleMeetingInput', { ...meeting, title })).toMatchObject({ path: 'input.title', kind });
  });

  it('keeps line breaks and tabs where the field is multi-line, but no other control or bidi character', () => {
    const minutes = (text: string) => problem('MinutesItemInput', { agendaItemId: meeting.hubId, minutes: text });
    expect(minutes('一、開会\n二、報告\r\n\t・退院支援')).toBeNull();
    expect(minutes('報告\u0007')).toMatchObject({ kind: 'CONTROL' });
    expect(minutes('報告\u202E')).toMatchObject({ kind: 'BIDI' });
    expect(problem('MinutesItemInput', { agendaItemId: meeting.hubId, minutes: 'x', decisions: ['承認\n次回に継続'] })).toBeNull();
  });

  it('applies the rules of inherited fields as declared in the class they come from', () => {
    const result = { hubId: meeting.hubId, item: 'KA_TRAINING', periodStart: '2025-07-01', periodEnd: '2025-07-01', sessions: 1, participants: 2 };
    expect(problem('RecordProgrammeResultInput', { ...result, description: '研修会\n参加者8名' })).toBeNull();
    expect(problem('UpdateProgrammeResultInput', { ...result, resultId: meeting.hubId, version: 1, costYen: -1 })).toMatchObject({ kind: 'RANGE', unit: 'yen' });
    expect(problem('CreateActivityInput', { hubId: meeting.hubId, projectId: meeting.hubId, kind: 'TRAINING', outcomeNotes: '一、\n二、' })).toBeNull();
  });

  it('limits lengths by kind of field, counting characters rather than code units', () => {
    expect(problem('ScheduleMeetingInput', { ...meeting, place: 'あ'.repeat(INPUT_DEFAULTS.lineMaxLength) })).toBeNull();
    expect(problem('ScheduleMeetingInput', { ...meeting, place: '😀'.repeat(INPUT_DEFAULTS.lineMaxLength) })).toBeNull();
    expect(problem('ScheduleMeetingInput', { ...meeting, place: 'あ'.repeat(INPUT_DEFAULTS.lineMaxLength + 1) })).toMatchObject({ kind: 'TOO_LONG', limit: INPUT_DEFAULTS.lineMaxLength });
    expect(problem('ScheduleMeetingInput', { ...meeting, onlineUrl: `https://example.jp/${'a'.repeat(2000)}` })).toMatchObject({ kind: 'TOO_LONG', limit: 2000 });
    expect(problem('PostAdviceInput', { hubId: meeting.hubId, body: 'あ'.repeat(INPUT_DEFAULTS.multilineMaxLength + 1) })).toMatchObject({ kind: 'TOO_LONG' });
  });

  it('holds yen to the budget’s bounds and whole numbers to their range', () => {
    const expense = (amountYen: number) => problem('RecordExpenseInput', { hubId: meeting.hubId, spentOn: '2025-06-01', category: 'SUPPLIES', amountYen, description: '資料印刷' });
    expect(expense(4_012_000)).toBeNull();
    expect(expense(4_012_001)).toMatchObject({ kind: 'RANGE', min: 1, max: 4_012_000, unit: 'yen' });
    expect(expense(0)).toMatchObject({ kind: 'RANGE' });
    expect(problem('PlanHonorariumInput', { hubId: meeting.hubId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 2_147_483_647 })).toMatchObject({ kind: 'RANGE', unit: 'yen' });
    expect(problem('ParticipantCountInput', { profession: 'DOCTOR', count: -1 })).toMatchObject({ kind: 'RANGE', min: 0 });
  });

  it('limits list sizes: 1,000 invitees to one meeting are refused, 100 are not', () => {
    const invitees = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `招待者${i}`, profession: 'DOCTOR' }));
    expect(problem('ScheduleMeetingInput', { ...meeting, invitees: invitees(100) })).toBeNull();
    expect(problem('ScheduleMeetingInput', { ...meeting, invitees: invitees(1000) })).toMatchObject({ path: 'input.invitees', kind: 'TOO_MANY', limit: 100 });
  });

  it('declares the rules of arguments on their field, and years within the years the workspace holds', () => {
    const mutation = schema.getMutationType()!.getFields();
    expect(mutation.cancelMeeting!.extensions?.inputRule).toEqual({ args: { reason: { multiline: true } } });
    const budget = schema.getQueryType()!.getFields().budget!;
    const fiscalYear = budget.args.find((a) => a.name === 'fiscalYear')!;
    expect(inputProblem(fiscalYear.type, 2025, 'fiscalYear', argumentRule(budget, fiscalYear))).toBeNull();
    expect(inputProblem(fiscalYear.type, 99_999, 'fiscalYear', argumentRule(budget, fiscalYear))).toMatchObject({ kind: 'RANGE', min: 2000, max: 2100, unit: 'year' });
    const cancel = mutation.cancelMeeting!;
    const reason = cancel.args.find((a) => a.name === 'reason')!;
    expect(inputProblem(reason.type, '台風のため\n延期', 'reason', argumentRule(cancel, reason))).toBeNull();
  });

  it('holds dates and times to the years the workspace holds', () => {
    const activity = { hubId: meeting.hubId, projectId: meeting.hubId, kind: 'TRAINING', title: '研修' };
    expect(problem('CreateActivityInput', { ...activity, startsOn: '2025-10-01' })).toBeNull();
    expect(problem('CreateActivityInput', { ...activity, startsOn: '1900-01-01' })).toMatchObject({ path: 'input.startsOn', kind: 'DATE', min: 2000, max: 2100 });
    expect(problem('CreateActivityInput', { ...activity, endsOn: '2101-04-01' })).toMatchObject({ path: 'input.endsOn', kind: 'DATE' });
    expect(problem('ScheduleMeetingInput', { ...meeting, startsAt: new Date('1900-01-01T10:00:00+09:00') })).toMatchObject({ path: 'input.startsAt', kind: 'DATE' });
  });
});
