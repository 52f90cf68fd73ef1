import { z } from 'zod';
import { badInput } from './errors.js';

const emailSchema = z.email();

/** Trimmed, non-empty text of bounded length, or a BAD_USER_INPUT error naming the field. */
export function requiredText(field: string, label: { ja: string; en: string }, value: string, max = 200): string {
  const text = value.normalize('NFC').trim();
  if (!text) throw badInput(field, { ja: `${label.ja}を入力してください。`, en: `Enter the ${label.en}.` });
  if ([...text].length > max) {
    throw badInput(field, { ja: `${label.ja}は${max}文字以内で入力してください。`, en: `The ${label.en} must be at most ${max} characters.` });
  }
  return text;
}

/** Like requiredText, but empty means "none". */
export function optionalText(field: string, label: { ja: string; en: string }, value: string | null | undefined, max = 200): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(field, label, value, max);
}

export function email(field: string, value: string): string {
  const normalized = value.normalize('NFKC').trim().toLowerCase();
  if (!emailSchema.safeParse(normalized).success) {
    throw badInput(field, { ja: 'メールアドレスの形式が正しくありません。', en: 'This is not a valid e-mail address.' });
  }
  return normalized;
}
