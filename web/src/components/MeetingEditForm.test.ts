// @vitest-environment jsdom
import urql, { Client, fetchExchange } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { computed, defineComponent, h, ref } from 'vue';
import { provideHub } from '../composables/hub-context';
import { abilitiesOf } from '../test-support/hub-abilities';
import { i18n } from '../i18n';
import MeetingEditForm from './MeetingEditForm.vue';

type Meeting = InstanceType<typeof MeetingEditForm>['$props']['meeting'];
const v1: Meeting = {
  id: 'm1',
  version: 1,
  status: 'SCHEDULED',
  title: '第3回 連携会議',
  kind: 'COLLABORATION_COUNCIL',
  startsAt: '2026-12-08T09:30:00.000Z',
  endsAt: '2026-12-08T11:00:00.000Z',
  place: '医師会館',
  onlineUrl: null,
  agenda: [{ title: '退院支援', presenter: '事務局', issueId: null, projectId: null }],
  invitees: [{ userId: 'u-advisor' }, { userId: null }],
};

type Sent = { operationName: string; variables: Record<string, unknown> };
/** A server answering each operation by name (updates in turn), recording what was sent. */
function server(answers: { updates?: unknown[]; latest?: Meeting; warnings?: { code: string; message: string; messageEn: string }[] }) {
  const sent: Sent[] = [];
  const updates = [...(answers.updates ?? [])];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent & { query: string };
    const operationName = /(?:query|mutation) (\w+)/.exec(body.query)![1]!;
    sent.push({ operationName, variables: body.variables });
    const answer =
      operationName === 'MeetingEditWarnings'
        ? { data: { meetingWarnings: (answers.warnings ?? []).map((w) => ({ __typename: 'MeetingWarningType', ...w })) } }
        : operationName === 'MeetingEditLatest'
          ? { data: { meeting: { __typename: 'Meeting', ...answers.latest, agenda: answers.latest!.agenda.map((a, i) => ({ __typename: 'AgendaItem', id: `a${i}`, ...a })), invitees: undefined } } }
          : updates.shift();
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  });
  return { client: new Client({ url: 'http://test/graphql', exchanges: [fetchExchange], fetch }), sent };
}

function mountForm(client: Client) {
  const meeting = ref<Meeting>(v1);
  const saved = vi.fn();
  const Hub = defineComponent({
    setup() {
      provideHub({ hubId: 'h1', name: computed(() => '拠点'), role: computed(() => 'SECRETARIAT'), abilities: computed(() => abilitiesOf('scheduleMeeting', 'recordExpense')), municipalityId: computed(() => null) });
      return () => h(MeetingEditForm, { meeting: meeting.value, issues: [], onSaved: saved });
    },
  });
  return { wrapper: mount(Hub, { global: { plugins: [i18n, [urql, client]] } }), meeting, saved };
}

const input = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.find(`input[name=${name}]`);
const saved = (version: number) => ({
  data: { updateMeeting: { __typename: 'MeetingsSaved', meetings: [{ __typename: 'Meeting', ...v1, version, agenda: undefined, invitees: undefined, status: undefined }], warnings: [{ __typename: 'MeetingWarningType', code: 'HOLIDAY', message: '2026-12-08は祝日です。', messageEn: '' }] } },
});

describe('MeetingEditForm', () => {
  it('asks for warnings without the meeting itself and with its invited members, at the time being typed', async () => {
    const { client, sent } = server({ warnings: [{ code: 'HOLIDAY', message: '2027-02-11は祝日（建国記念の日）です。', messageEn: '' }] });
    const { wrapper } = mountForm(client);
    await flushPromises();
    await input(wrapper, 'date').setValue('2027-02-11');
    await flushPromises();
    expect(sent.filter((s) => s.operationName === 'MeetingEditWarnings').at(-1)!.variables).toEqual({
      hubId: 'h1',
      meetingId: 'm1',
      startsAt: '2027-02-11T18:30:00+09:00',
      endsAt: '2027-02-11T20:00:00+09:00',
      inviteeUserIds: ['u-advisor'],
    });
    expect(wrapper.find('[data-testid=edit-warnings]').text()).toContain('建国記念の日');
  });

  it('on CONFLICT keeps the typing, re-applies it onto the latest version and then sends only the typed change', async () => {
    const latest: Meeting = { ...v1, version: 3, title: '第3回 在宅医療連携会議', place: 'オンライン' };
    const { client, sent } = server({
      updates: [{ data: null, errors: [{ message: '他の人が先に更新しました。', extensions: { code: 'CONFLICT', currentVersion: 3 } }] }, saved(4)],
      latest,
    });
    const { wrapper, saved: onSaved } = mountForm(client);
    await input(wrapper, 'place').setValue('市役所');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent.find((s) => s.operationName === 'MeetingUpdate')!.variables.input).toEqual({ hubId: 'h1', meetingId: 'm1', version: 1, place: '市役所' });
    const conflict = wrapper.find('[data-testid=edit-conflict]');
    expect(conflict.text()).toContain('現在の版：3');
    expect((input(wrapper, 'place').element as HTMLInputElement).value).toBe('市役所');
    expect(onSaved).not.toHaveBeenCalled();

    await conflict.find('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid=edit-conflict]').exists()).toBe(false);
    expect((input(wrapper, 'title').element as HTMLInputElement).value).toBe('第3回 在宅医療連携会議');
    expect((input(wrapper, 'place').element as HTMLInputElement).value).toBe('市役所');
    expect(wrapper.find('[data-testid=edit-reapplied]').text()).toContain('場所');

    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent.filter((s) => s.operationName === 'MeetingUpdate')[1]!.variables.input).toEqual({ hubId: 'h1', meetingId: 'm1', version: 3, place: '市役所' });
    expect(onSaved).toHaveBeenCalledWith(['2026-12-08は祝日です。']);
  });

  it('follows a reload that leaves its fields alone, and points out one that changes them, keeping the typing', async () => {
    const { client, sent } = server({ updates: [saved(3)] });
    const { wrapper, meeting } = mountForm(client);
    await input(wrapper, 'title').setValue('第3回 連携会議（変更）');
    // An invitee added elsewhere moves the version on only.
    meeting.value = { ...v1, version: 2, invitees: [...v1.invitees, { userId: 'u-new' }] };
    await flushPromises();
    expect(wrapper.find('[data-testid=edit-stale]').exists()).toBe(false);
    // Someone renames the place: pointed out, the typed title kept.
    meeting.value = { ...v1, version: 3, place: '市役所' };
    await flushPromises();
    expect(wrapper.find('[data-testid=edit-stale]').text()).toContain('最新の内容を読み込み、入力を再適用');
    expect((input(wrapper, 'title').element as HTMLInputElement).value).toBe('第3回 連携会議（変更）');
    expect((input(wrapper, 'place').element as HTMLInputElement).value).toBe('医師会館');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    // Still based on version 2, the last one whose fields it showed: the server says CONFLICT if they differ.
    expect(sent.find((s) => s.operationName === 'MeetingUpdate')!.variables.input).toEqual({ hubId: 'h1', meetingId: 'm1', version: 2, title: '第3回 連携会議（変更）' });
  });

  it('sends nothing when nothing was changed', async () => {
    const { client, sent } = server({});
    const { wrapper } = mountForm(client);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent.some((s) => s.operationName === 'MeetingUpdate')).toBe(false);
    expect(wrapper.text()).toContain('変更された項目はありません。');
  });
});
