import { describe, expect, it } from 'vitest';
import { changedKeys, reapplyEdits } from './reapply';

type Form = { title: string; count: number | ''; tags: string[]; done: boolean };
const FIELDS = ['title', 'count', 'tags', 'done'] as const;
const base: Form = { title: '研修会', count: 3, tags: ['a'], done: false };
const sent = (form: Form, field: keyof Form) => (field === 'title' ? form.title.trim() : field === 'count' ? Number(form.count || 0) : form[field]);

describe('changedKeys', () => {
  it('lists the fields that differ, in the order given', () => {
    expect(changedKeys(FIELDS, base, { ...base, done: true, title: '研修' })).toEqual(['title', 'done']);
    expect(changedKeys(FIELDS, base, { ...base, tags: ['a'] })).toEqual([]);
  });
  it('compares what would be sent', () => {
    expect(changedKeys(FIELDS, base, { ...base, title: ' 研修会 ', count: 3 }, sent)).toEqual([]);
    expect(changedKeys(FIELDS, { ...base, count: '' }, { ...base, count: 0 }, sent)).toEqual([]);
  });
});

describe('reapplyEdits', () => {
  it('puts my changes on top of the fresh record and keeps the other person’s', () => {
    const mine = { ...base, title: '多職種研修会' };
    const fresh = { ...base, count: 5, done: true };
    const result = reapplyEdits(FIELDS, base, mine, fresh);
    expect(result.form).toEqual({ title: '多職種研修会', count: 5, tags: ['a'], done: true });
    expect(result).toMatchObject({ mine: ['title'], theirs: ['count', 'done'], clashes: [] });
  });
  it('keeps my value where both changed the same field differently, and says so', () => {
    const result = reapplyEdits(FIELDS, base, { ...base, count: 4 }, { ...base, count: 5 });
    expect(result.form.count).toBe(4);
    expect(result.clashes).toEqual(['count']);
  });
  it('is no clash when both made the same change', () => {
    const result = reapplyEdits(FIELDS, base, { ...base, title: '研修' }, { ...base, title: ' 研修 ' }, sent);
    expect(result.clashes).toEqual([]);
    expect(result.theirs).toEqual(['title']);
  });
  it('gives the fresh record when I changed nothing, and shares no array with my form', () => {
    const fresh = { ...base, tags: ['b'] };
    expect(reapplyEdits(FIELDS, base, base, fresh).form).toEqual(fresh);
    const mine = { ...base, tags: ['a', 'c'] };
    const merged = reapplyEdits(FIELDS, base, mine, fresh).form;
    expect(merged.tags).toEqual(['a', 'c']);
    expect(merged.tags).not.toBe(mine.tags);
  });
});
