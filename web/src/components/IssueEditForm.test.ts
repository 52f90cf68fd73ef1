// @vitest-environment jsdom
import urql, { Client, fetchExchange } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import IssueEditForm from './IssueEditForm.vue';

type Issue = InstanceType<typeof IssueEditForm>['$props']['issue'];
const v1: Issue = { id: 'i1', version: 1, title: '退院時の情報共有が不十分', description: '', functions: ['DISCHARGE_SUPPORT'], priority: 'MEDIUM', status: 'OPEN', carryOver: false };
const v2: Issue = { ...v1, version: 2, status: 'IN_PROGRESS', priority: 'HIGH' };

/** A client whose server answers the given responses in turn, recording what was sent. */
function server(...responses: unknown[]) {
  const sent: { variables: { input: Record<string, unknown> } }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify(responses.shift()), { headers: { 'content-type': 'application/json' } });
  });
  return { client: new Client({ url: 'http://test/graphql', exchanges: [fetchExchange], fetch }), sent };
}

function mountForm(client: Client, reload: () => Promise<unknown> = async () => undefined) {
  return mount(IssueEditForm, { props: { hubId: 'h1', issue: v1, reload }, global: { plugins: [i18n, [urql, client]] } });
}

afterEach(() => vi.restoreAllMocks());

describe('IssueEditForm', () => {
  it('on CONFLICT offers to reload, puts the typed edits on the latest version and saves only them on it', async () => {
    const { client, sent } = server(
      { data: null, errors: [{ message: '他の人が先に更新しました。', extensions: { code: 'CONFLICT', currentVersion: 2 } }] },
      { data: { updateIssue: { __typename: 'Issue', id: 'i1', version: 3 } } },
    );
    const wrapper = mountForm(client, async () => wrapper.setProps({ issue: v2 }));
    await wrapper.find('input[name=edit-title]').setValue('入退院時の情報共有ルールがない');
    await wrapper.find('input[name=edit-functions][value=END_OF_LIFE]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent[0]!.variables.input).toEqual({ hubId: 'h1', issueId: 'i1', version: 1, title: '入退院時の情報共有ルールがない', functions: ['DISCHARGE_SUPPORT', 'END_OF_LIFE'] });
    const conflict = wrapper.find('[data-testid=conflict]');
    expect(conflict.text()).toContain('最新の内容を読み込み、入力を再適用');

    await conflict.find('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid=conflict]').exists()).toBe(false);
    expect(wrapper.find('[data-testid=reapplied]').text()).toContain('他の人が変更した項目: 優先度、状態');
    expect((wrapper.find('input[name=edit-title]').element as HTMLInputElement).value).toBe('入退院時の情報共有ルールがない');
    expect((wrapper.find('input[name=edit-functions][value=END_OF_LIFE]').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.find('select[name=status]').element as HTMLSelectElement).value).toBe('IN_PROGRESS');
    expect((wrapper.find('select[name=priority]').element as HTMLSelectElement).value).toBe('HIGH');

    await wrapper.find('form').trigger('submit');
    await flushPromises();
    // The other person's status and priority are not sent back: only the user's own edits, on version 2.
    expect(sent[1]!.variables.input).toEqual({ hubId: 'h1', issueId: 'i1', version: 2, title: '入退院時の情報共有ルールがない', functions: ['DISCHARGE_SUPPORT', 'END_OF_LIFE'] });
    expect(wrapper.text()).toContain('保存しました。');
  });

  it('follows the record while untouched, and keeps the typed edits once the user has typed', async () => {
    const { client } = server();
    const wrapper = mountForm(client);
    await wrapper.setProps({ issue: v2 });
    expect((wrapper.find('select[name=status]').element as HTMLSelectElement).value).toBe('IN_PROGRESS');
    await wrapper.find('textarea[name=edit-description]').setValue('様式が病院ごとに違う');
    await wrapper.setProps({ issue: { ...v2, version: 3, description: '別の説明' } });
    expect((wrapper.find('textarea[name=edit-description]').element as HTMLTextAreaElement).value).toBe('様式が病院ごとに違う');
    expect(wrapper.text()).toContain('他の人がこの課題を更新しました');
  });

  it('shows the server’s message next to the field it names, keeping what was typed', async () => {
    const { client } = server({ data: null, errors: [{ message: '課題名は200文字以内で入力してください。', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }] });
    const wrapper = mountForm(client);
    await wrapper.find('input[name=edit-title]').setValue('長すぎる課題名');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#edit-title-error').text()).toBe('課題名は200文字以内で入力してください。');
    expect((wrapper.find('input[name=edit-title]').element as HTMLInputElement).value).toBe('長すぎる課題名');
  });
});
