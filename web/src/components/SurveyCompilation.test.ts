// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import type { CompiledData } from '../lib/activities';
import SurveyCompilation from './SurveyCompilation.vue';

const muroran = { id: 'm1', name: '室蘭市' };
const noboribetsu = { id: 'm2', name: '登別市' };
const compiled: CompiledData = {
  answered: [muroran],
  unanswered: [noboribetsu],
  questions: [
    { question: { id: 'q1', kind: 'NUMBER', text: '訪問診療の医療機関数', choices: [], position: 0 }, answers: [{ municipality: muroran, value: '12' }], choiceCounts: [], total: 12 },
    { question: { id: 'q2', kind: 'CHOICE', text: 'ACPの取組', choices: ['している', '検討中', 'していない'], position: 1 }, answers: [{ municipality: muroran, value: '検討中' }], choiceCounts: [{ choice: 'している', count: 0 }, { choice: '検討中', count: 1 }, { choice: 'していない', count: 0 }], total: null },
  ],
};

describe('SurveyCompilation', () => {
  it('shows who answered, number totals, choice bars by share and the answers by municipality, highlighting the changed ones', () => {
    const wrapper = mount(SurveyCompilation, { props: { compiled, flashing: new Set(['q2/m1']) }, global: { plugins: [i18n] } });
    expect(wrapper.find('[data-testid=compilation-lead]').text()).toBe('参加市町村 2 のうち 1 が回答');
    expect(wrapper.find('[data-testid=answered]').text()).toBe('室蘭市');
    expect(wrapper.find('[data-testid=unanswered]').text()).toBe('登別市');
    expect(wrapper.find('[data-testid=number-total]').text()).toBe('合計 12（平均 12）');
    const bars = wrapper.findAll('.bars li');
    expect(bars.map((b) => b.attributes('data-choice'))).toEqual(['している', '検討中', 'していない']);
    expect(bars[1]!.find('.bars__fill').attributes('style')).toContain('width: 100%');
    expect(bars[1]!.text()).toContain('1件（100%）');
    expect(bars[0]!.find('.bars__fill').attributes('style')).toContain('width: 0%');
    const rows = wrapper.findAll('tr[data-municipality="室蘭市"]');
    expect(rows.map((r) => r.classes().includes('flash'))).toEqual([false, true]);
  });

  it('says so when a question has no answers yet', () => {
    const empty: CompiledData = { answered: [], unanswered: [muroran, noboribetsu], questions: [{ ...compiled.questions[0]!, answers: [], total: 0 }] };
    const wrapper = mount(SurveyCompilation, { props: { compiled: empty }, global: { plugins: [i18n] } });
    expect(wrapper.text()).toContain('まだ回答はありません。');
    expect(wrapper.find('[data-testid=answered]').text()).toBe('なし');
    expect(wrapper.find('[data-testid=number-total]').exists()).toBe(false);
  });
});
