// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import BudgetGauge from './BudgetGauge.vue';

describe('BudgetGauge', () => {
  it('shows spending against the cap, what remains and the warning level', () => {
    const wrapper = mount(BudgetGauge, { props: { label: '②事務費', capYen: 1_920_000, actualYen: 1_850_000 }, global: { plugins: [i18n] } });
    expect(wrapper.text()).toContain('1,850,000円 / 1,920,000円');
    expect(wrapper.text()).toContain('残り 70,000円');
    expect(wrapper.classes()).toContain('gauge--critical');
    expect(wrapper.find('[role="meter"]').attributes('aria-valuenow')).toBe('1850000');
  });
});
