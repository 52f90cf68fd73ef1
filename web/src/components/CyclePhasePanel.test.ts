// @vitest-environment jsdom
import urql, { Client, fetchExchange } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computed, defineComponent, h } from 'vue';
import { provideHub, type HubAction } from '../composables/hub-context';
import { HUB_ACTIONS } from '../test-support/hub-abilities';
import { i18n } from '../i18n';
import type { Phase } from '../lib/cycle';
import type { HubRole } from '../gql/graphql';
import CyclePhasePanel from './CyclePhasePanel.vue';

type Cycle = { id: string; phase: Phase; version: number; viewerCan: { advance: boolean; revert: boolean }; phaseChanges: { id: string; fromPhase: Phase; toPhase: Phase; reason?: string | null; createdAt: string }[] };

/**
 * The panel inside a hub where the caller has `role`, talking to a server that gives `answer`; the
 * server's viewerCan answers are those it gives the role (tests/integration/hub/viewer-can.test.ts).
 */
function mountPanel(role: HubRole | null, shown: Omit<Cycle, 'viewerCan'> | null, answer: unknown = { data: {} }) {
  const secretariat = role === 'SECRETARIAT';
  const cycle: Cycle | null = shown && { ...shown, viewerCan: { advance: secretariat, revert: secretariat } };
  const abilities = computed(() => ({ ...NOTHING, advanceCycle: secretariat }));
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    sent.push(JSON.parse(init.body) as (typeof sent)[number]);
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const Hub = defineComponent({
    setup() {
      provideHub({ hubId: 'hub-1', name: computed(() => '拠点'), role: computed(() => role), abilities, municipalityId: computed(() => null) });
      return () => h(CyclePhasePanel, { fiscalYear: 2026, cycle });
    },
  });
  const client = new Client({ url: 'http://test/graphql', exchanges: [fetchExchange] });
  return { wrapper: mount(Hub, { global: { plugins: [i18n, [urql, client]] } }), sent };
}

const NOTHING = Object.fromEntries(HUB_ACTIONS.map((a) => [a, false])) as Record<HubAction, boolean>;
const inPlanning: Omit<Cycle, 'viewerCan'> = { id: 'c1', phase: 'PLANNING', version: 4, phaseChanges: [{ id: 'pc1', fromPhase: 'ISSUE_IDENTIFICATION', toPhase: 'PLANNING', createdAt: '2026-06-01T01:00:00Z' }] };

afterEach(() => vi.unstubAllGlobals());

describe('CyclePhasePanel', () => {
  it('offers the secretariat to move on and back, and nobody else', () => {
    const secretariat = mountPanel('SECRETARIAT', inPlanning).wrapper;
    expect(secretariat.find('[aria-current=step]').text()).toBe('事業計画');
    expect(secretariat.findAll('button').map((b) => b.text())).toEqual(['「事業実施」に進む', '「課題の洗い出し」に戻す']);
    for (const role of ['ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER', null] as const) {
      const other = mountPanel(role, inPlanning).wrapper;
      expect(other.find('[aria-current=step]').text()).toBe('事業計画');
      expect(other.findAll('button')).toHaveLength(0);
    }
  });

  it('offers to start the year only to the secretariat', () => {
    expect(mountPanel('SECRETARIAT', null).wrapper.find('button').text()).toBe('令和8年度のサイクルを始める');
    expect(mountPanel('ADVISOR', null).wrapper.findAll('button')).toHaveLength(0);
  });

  it('sends the version it shows, and lists every unmet precondition of a refusal', async () => {
    const refusal = {
      data: null,
      errors: [{ message: '「事業実施」に進めません：事業計画が決定（承認）されていません。 事業計画に事業がありません。', extensions: { code: 'PHASE_PRECONDITIONS_UNMET', unmet: [
        { code: 'PLAN_NOT_ADOPTED', ja: '事業計画が決定（承認）されていません。', en: 'The business plan has not been adopted.' },
        { code: 'NO_PROJECTS', ja: '事業計画に事業がありません。', en: 'The business plan has no project.' },
      ] } }],
    };
    const { wrapper, sent } = mountPanel('SECRETARIAT', inPlanning, refusal);
    await wrapper.find('button').trigger('click');
    await flushPromises();
    expect(sent[0]?.variables).toEqual({ hubId: 'hub-1', cycleId: 'c1', version: 4 });
    const error = wrapper.find('[data-testid=cycle-error]');
    expect(error.find('p').text()).toBe('「事業実施」に進めません');
    expect(error.findAll('li').map((li) => li.text())).toEqual(['事業計画が決定（承認）されていません。', '事業計画に事業がありません。']);
  });
});
