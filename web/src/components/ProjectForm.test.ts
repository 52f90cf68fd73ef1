// @vitest-environment jsdom
import urql, { Client, fetchExchange } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BusinessPlanDetailQuery } from '../gql/graphql';
import { i18n } from '../i18n';
import ProjectForm from './ProjectForm.vue';

type Project = BusinessPlanDetailQuery['plan']['projects'][number];
type Sent = { operationName?: string; query: string; variables: { input?: Record<string, unknown> } };

const project: Project = {
  id: 'p1',
  version: 3,
  position: 0,
  title: '退院支援ルールの運用',
  objective: '入退院時の情報共有ルールを圏域で運用する',
  issues: [{ id: 'i1', title: '退院時の情報共有が不十分' }],
  indicators: [{ id: 'ind1', name: '研修会の開催回数', type: 'PROCESS', unit: '回', baseline: 0, target: 4, actual: null, achievement: null }],
  budgetLines: [{ id: 'bl1', subCap: 'OFFICE', subCapReason: null, category: 'HONORARIA', plannedYen: 120000, description: '講師謝金' }],
  plannedActivities: [{ id: 'pa1', title: '多職種研修会', startsOn: '2025-09-01', endsOn: '2025-09-01' }],
};

/** A server that answers each operation by name, recording what the form sent. */
function server(answers: Record<string, (body: Sent) => unknown>) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as Sent;
    sent.push(body);
    const name = /(?:mutation|query) (\w+)/.exec(body.query)?.[1] ?? '';
    const answer = answers[name];
    if (!answer) throw new Error(`unexpected operation ${name}`);
    return new Response(JSON.stringify(answer(body)), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

const refused = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, extensions: { code, ...extensions } }] });

function mountForm(props: Partial<InstanceType<typeof ProjectForm>['$props']> = {}) {
  const client = new Client({ url: 'http://test/graphql', exchanges: [fetchExchange] });
  return mount(ProjectForm, {
    props: { hubId: 'h1', planId: 'plan1', project, issues: [{ id: 'i1', title: '退院時の情報共有が不十分' }, { id: 'i2', title: '急変時の連絡体制' }], caps: null, fiscalYear: 2025, otherLines: [], ...props },
    global: { plugins: [i18n, [urql, client]], stubs: { RouterLink: true } },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('ProjectForm', () => {
  it('places a refusal naming a list beside the row at fault and keeps every row as typed', async () => {
    const sent = server({ BusinessPlanUpdateProject: () => refused('BAD_USER_INPUT', '予定額は1円以上の整数で入力してください。', { field: 'budgetLines.plannedYen' }) });
    const wrapper = mountForm();
    await wrapper.findAll('button').find((b) => b.text() === '指標を追加')!.trigger('click');
    await wrapper.get('input[name="indicators.1.name"]').setValue('参加機関数');
    await wrapper.findAll('button').find((b) => b.text() === '内訳を追加')!.trigger('click');
    await wrapper.get('input[name="budgetLines.1.plannedYen"]').setValue('0');
    await wrapper.get('input[name="budgetLines.1.description"]').setValue('予備費');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(sent).toHaveLength(1);
    const input = sent[0]!.variables.input!;
    expect(input).toMatchObject({ projectId: 'p1', version: 3, issueIds: ['i1'] });
    expect(input.budgetLines).toEqual([
      { id: 'bl1', subCap: 'OFFICE', category: 'HONORARIA', plannedYen: 120000, description: '講師謝金' },
      { subCap: 'OFFICE', category: 'HONORARIA', plannedYen: 0, description: '予備費' },
    ]);
    expect(wrapper.get('#project-p1-budgetLines-1-plannedYen-error').text()).toBe('予定額は1円以上の整数で入力してください。');
    expect(wrapper.get('input[name="budgetLines.1.plannedYen"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('input[name="budgetLines.0.plannedYen"]').attributes('aria-invalid')).toBe('false');
    expect((wrapper.get('input[name="indicators.1.name"]').element as HTMLInputElement).value).toBe('参加機関数');
    expect(wrapper.get('[data-testid=project-error]').text()).toContain('赤字で示した項目');
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('does not send what it cannot read, and says so beside the value', async () => {
    const sent = server({});
    const wrapper = mountForm();
    await wrapper.get('input[name="budgetLines.0.plannedYen"]').setValue('十二万');
    await wrapper.get('input[name="indicators.0.target"]').setValue('4.5回');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(0);
    expect(wrapper.get('#project-p1-budgetLines-0-plannedYen-error').text()).toBe('数値で入力してください。');
    expect(wrapper.get('#project-p1-indicators-0-target-error').text()).toBe('数値で入力してください。');
  });

  it('removes a row, offers only the sub-caps the rules allow for the category, and shows the totals as typed', async () => {
    const wrapper = mountForm({ caps: { totalYen: 4_012_000, subCaps: { COORDINATOR_PERSONNEL: 2_092_000, OFFICE: 1_920_000 } }, otherLines: [{ subCap: 'OFFICE', plannedYen: 1_000_000 }] });
    await wrapper.findAll('button').find((b) => b.text() === '取組 1を削除')!.trigger('click');
    expect(wrapper.findAll('input[name^="plannedActivities."]')).toHaveLength(0);
    const subCap = () => wrapper.get('select[name="budgetLines.0.subCap"]');
    const offered = () => subCap().findAll('option').map((o) => o.attributes('value'));
    // 報償費 goes under ② only; 給料 under ① only; 旅費 under either, ① with a reason.
    expect(offered()).toEqual(['OFFICE']);
    expect(subCap().attributes('disabled')).toBeDefined();
    await wrapper.get('select[name="budgetLines.0.category"]').setValue('SALARY');
    expect(offered()).toEqual(['COORDINATOR_PERSONNEL']);
    expect((subCap().element as HTMLSelectElement).value).toBe('COORDINATOR_PERSONNEL');
    await wrapper.get('input[name="budgetLines.0.plannedYen"]').setValue('2,100,000');
    const personnel = wrapper.get('[data-testid=form-totals] tr[data-subcap=COORDINATOR_PERSONNEL]').text();
    expect(personnel).toContain('2,100,000円');
    expect(personnel).toContain('8,000円 超過');
    expect(wrapper.get('[data-testid=form-totals] tr[data-subcap=OFFICE]').text()).toContain('920,000円');
    await wrapper.get('select[name="budgetLines.0.category"]').setValue('TRAVEL');
    expect(offered()).toEqual(['OFFICE', 'COORDINATOR_PERSONNEL']);
    expect((subCap().element as HTMLSelectElement).value).toBe('COORDINATOR_PERSONNEL');
    expect(wrapper.find('input[name="budgetLines.0.subCapReason"]').exists()).toBe(true);
    await subCap().setValue('OFFICE');
    expect(wrapper.find('input[name="budgetLines.0.subCapReason"]').exists()).toBe(false);
  });

  it('on CONFLICT loads the latest version and re-applies the typed edits onto it', async () => {
    let version = 3;
    const sent = server({
      BusinessPlanUpdateProject: (body) => (body.variables.input!.version === 3 ? refused('CONFLICT', 'ほかの人が先に変更しました。', { currentVersion: 4 }) : { data: { updateProject: { __typename: 'Project', id: 'p1', version: ++version } } }),
      BusinessPlanDetail: () => ({
        data: {
          plan: {
            __typename: 'Plan', id: 'plan1', state: 'DRAFT', version: 1, versionNumber: 1, adoptedOn: null, adoptedAt: null, adoptedMeetingId: null, updatedAt: '2025-06-01T00:00:00Z', versions: [],
            projects: [{ ...project, __typename: 'Project', version: 4, objective: '圏域共通の情報提供書を定着させる', issues: [], indicators: [], budgetLines: project.budgetLines.map((l) => ({ ...l, __typename: 'BudgetLine' })), plannedActivities: [] }],
          },
        },
      }),
    });
    const wrapper = mountForm();
    await wrapper.get('input[name=title]').setValue('退院支援ルールの運用と評価');
    await wrapper.get('input[name="budgetLines.0.plannedYen"]').setValue('200,000');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const conflict = wrapper.get('[data-testid=project-conflict]');
    expect(conflict.text()).toContain('更新番号 4');
    expect((wrapper.get('input[name=title]').element as HTMLInputElement).value).toBe('退院支援ルールの運用と評価');

    await conflict.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid=project-conflict]').exists()).toBe(false);
    expect(wrapper.get('[data-testid=project-reapplied]').text()).toContain('再適用しました');
    expect((wrapper.get('input[name=title]').element as HTMLInputElement).value).toBe('退院支援ルールの運用と評価');
    expect((wrapper.get('textarea[name=objective]').element as HTMLTextAreaElement).value).toBe('圏域共通の情報提供書を定着させる');
    expect((wrapper.get('input[name="budgetLines.0.plannedYen"]').element as HTMLInputElement).value).toBe('200,000');
    // What the colleague removed stays removed; the issue link they dropped too.
    expect(wrapper.findAll('input[name^="indicators."]')).toHaveLength(0);
    expect(wrapper.findAll('input[name=issueIds]:checked')).toHaveLength(0);

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const last = sent.at(-1)!.variables.input!;
    expect(last).toMatchObject({ version: 4, title: '退院支援ルールの運用と評価', objective: '圏域共通の情報提供書を定着させる', indicators: [], issueIds: [] });
    expect(wrapper.emitted('saved')).toEqual([['p1']]);
  });
});
