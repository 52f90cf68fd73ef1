import { describe, expect, it } from 'vitest';
import { cleanChoices } from './survey.rules.js';

describe('choice questions', () => {
  it('keep their choices trimmed, without blanks or repeats, and need two different ones', () => {
    expect(cleanChoices([' はい ', 'いいえ', '', 'はい'])).toEqual(['はい', 'いいえ']);
    expect(cleanChoices(['はい', ' はい'])).toBeNull();
    expect(cleanChoices(['はい', '  '])).toBeNull();
    expect(cleanChoices([])).toBeNull();
  });
});
