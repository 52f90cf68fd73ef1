import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { Extensions, getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import type { Context } from './context.js';
import { badInput, type Messages } from './errors.js';

/**
 * The one validation layer every argument passes before a resolver runs, whatever the field. It
 * walks the argument against its GraphQL input type and refuses, as BAD_USER_INPUT naming the
 * field, what no service should ever have to handle:
 *
 * - text: NUL anywhere (PostgreSQL cannot store it), half of a surrogate pair (not text), bidi
 *   embedding/override/isolate controls anywhere (they make a line read differently from what it
 *   holds), and in one-line fields — every text field unless it is declared multi-line — every
 *   other control character, line breaks included; a length limit per kind of field;
 * - ids that are not a record's id (every record is identified by a UUID);
 * - whole numbers outside their range (not negative unless declared; fiscal years within the
 *   years the workspace can hold; yen within the bounds the budget module declares);
 * - dates and times outside those same years;
 * - lists longer than their limit.
 *
 * Fields declare anything else with `@InputRule({...})`; services keep the rules that depend on
 * data (a title's own length, the cap, a meeting's invitees).
 */
export type InputRuleOptions = {
  /** Text that may hold line breaks and tabs (minutes, notes, descriptions). */
  multiline?: boolean;
  /** Longest text, in characters. */
  maxLength?: number;
  /** Range of a whole number. */
  min?: number;
  max?: number;
  /** How a range is worded in a refusal: yen as 「1円以上…円以下」. */
  unit?: 'yen' | 'year';
  /** Longest list. */
  maxItems?: number;
};

const KEY = 'inputRule';

// The rules declared per class and property, for input types that inherit declared fields
// (type-graphql does not carry a field's extensions over to a subclass).
const declaredRules = new Map<object, Map<string, InputRuleOptions>>();

/**
 * Declares how an input field is checked, beyond the defaults below. On a query or mutation,
 * `args` declares its arguments (GraphQL arguments carry no extensions of their own).
 */
export function InputRule(options: InputRuleOptions | { args: Record<string, InputRuleOptions> }): PropertyDecorator & MethodDecorator {
  const extensions = Extensions({ [KEY]: options });
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    if (typeof key === 'string' && !('args' in options)) {
      const rules = declaredRules.get(target.constructor) ?? new Map<string, InputRuleOptions>();
      declaredRules.set(target.constructor, rules.set(key, options));
    }
    if (descriptor) return (extensions as MethodDecorator)(target, key, descriptor);
    (extensions as PropertyDecorator)(target, key);
  }) as PropertyDecorator & MethodDecorator;
}

/** Gives the fields an input type inherits the rules declared on them in the class they come from. */
export function inheritInputRules(schema: GraphQLSchema): void {
  for (const { name, target } of getMetadataStorage().inputTypes) {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions?.[KEY]) continue;
      for (let parent = Object.getPrototypeOf(target) as object | null; parent && parent !== Function.prototype; parent = Object.getPrototypeOf(parent) as object | null) {
        const rule = declaredRules.get(parent)?.get(field.name);
        if (rule) {
          (field as { extensions: Record<string, unknown> }).extensions = { ...field.extensions, [KEY]: rule };
          break;
        }
      }
    }
  }
}

export const INPUT_DEFAULTS = {
  lineMaxLength: 1_000,
  multilineMaxLength: 20_000,
  maxItems: 200,
  intMin: 0,
  intMax: 1_000_000_000,
} as const;

/** Fiscal and calendar years an argument may name: those a budget, a meeting or a report can be in. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
const YEAR_NAMES = new Set(['fiscalYear', 'year', 'firstFiscalYear']);

// Half of a surrogate pair without its other half.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069): refused in every field.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// C0 and C1 controls, DEL, and the Unicode line and paragraph separators; tab, LF and CR are
// allowed where the field is multi-line.
const LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const MULTILINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ProblemKind = 'NUL' | 'ENCODING' | 'BIDI' | 'CONTROL' | 'TOO_LONG' | 'ID' | 'RANGE' | 'DATE' | 'TOO_MANY';
export type InputProblem = { path: string; kind: ProblemKind; limit?: number; min?: number; max?: number; unit?: InputRuleOptions['unit'] };

type Declared = { name: string; extensions?: { readonly [key: string]: unknown } | null };
function ruleOf(field: Declared): InputRuleOptions {
  const declared = (field.extensions?.[KEY] ?? {}) as InputRuleOptions;
  if (YEAR_NAMES.has(field.name) && declared.min === undefined) return { ...YEAR_RANGE, unit: 'year', ...declared };
  return declared;
}

function textProblem(value: string, rule: InputRuleOptions, path: string): InputProblem | null {
  if (value.includes('\u0000')) return { path, kind: 'NUL' };
  if (LONE_SURROGATE.test(value)) return { path, kind: 'ENCODING' };
  if (BIDI_CONTROL.test(value)) return { path, kind: 'BIDI' };
  if ((rule.multiline ? MULTILINE_CONTROL : LINE_CONTROL).test(value)) return { path, kind: 'CONTROL' };
  const limit = rule.maxLength ?? (rule.multiline ? INPUT_DEFAULTS.multilineMaxLength : INPUT_DEFAULTS.lineMaxLength);
  // Counted in code units first: a string twice the limit in UTF-16 is over it in characters too.
  if (value.length > limit && [...value].length > limit) return { path, kind: 'TOO_LONG', limit };
  return null;
}

/** The rule of a field's argument: the defaults for its name, then what the field declares for it. */
export function argumentRule(field: GraphQLField<unknown, unknown>, argument: GraphQLArgument): InputRuleOptions {
  const declared = (field.extensions?.[KEY] as { args?: Record<string, InputRuleOptions> } | undefined)?.args ?? {};
  return { ...ruleOf(argument), ...declared[argument.name] };
}

/** The first thing wrong with an argument's value against its type and its fields' rules, or null. */
export function inputProblem(type: GraphQLInputType, value: unknown, path: string, rule: InputRuleOptions = {}): InputProblem | null {
  if (value === null || value === undefined) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return inputProblem(inner.ofType as GraphQLInputType, value, path, rule);
    const limit = rule.maxItems ?? INPUT_DEFAULTS.maxItems;
    if (value.length > limit) return { path, kind: 'TOO_MANY', limit };
    for (const [i, item] of value.entries()) {
      const problem = inputProblem(inner.ofType as GraphQLInputType, item, `${path}.${i}`, rule);
      if (problem) return problem;
    }
    return null;
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const fields: Record<string, GraphQLInputField> = named.getFields();
    for (const [key, field] of Object.entries(fields)) {
      const problem = inputProblem(field.type, (value as Record<string, unknown>)[key], `${path}.${key}`, ruleOf(field));
      if (problem) return problem;
    }
    return null;
  }
  if (value instanceof Date || (typeof value === 'string' && named.name === 'LocalDate')) {
    const year = value instanceof Date ? value.getUTCFullYear() : Number(value.slice(0, 4));
    return Number.isNaN(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max ? { path, kind: 'DATE', min: YEAR_RANGE.min, max: YEAR_RANGE.max } : null;
  }
  if (typeof value === 'string') {
    if (named.name === 'ID') return UUID.test(value) ? null : { path, kind: 'ID' };
    return textProblem(value, rule, path);
  }
  if (typeof value === 'number' && named.name === 'Int') {
    const min = rule.min ?? INPUT_DEFAULTS.intMin;
    const max = rule.max ?? INPUT_DEFAULTS.intMax;
    if (value < min || value > max) return { path, kind: 'RANGE', min, max, unit: rule.unit };
  }
  return null;
}

const number = (n: number) => n.toLocaleString('ja-JP');
function range(problem: InputProblem): Messages {
  const { min = 0, max = 0, unit } = problem;
  if (unit === 'yen') return { ja: `${number(min)}円以上${number(max)}円以下で入力してください。`, en: `Enter an amount from ${number(min)} to ${number(max)} yen.` };
  if (unit === 'year') return { ja: `${min}年から${max}年までの年を指定してください。`, en: `Give a year from ${min} to ${max}.` };
  return { ja: `${number(min)}以上${number(max)}以下の整数で入力してください。`, en: `Enter a whole number from ${number(min)} to ${number(max)}.` };
}

function messageOf(problem: InputProblem): Messages {
  switch (problem.kind) {
    case 'NUL':
      return { ja: 'NUL文字（\\0）は入力できません。', en: 'The NUL character cannot be part of any input.' };
    case 'ENCODING':
      return { ja: '文字として読めない値が含まれています（壊れたUnicodeの文字）。', en: 'The value is not well-formed text (a lone surrogate).' };
    case 'BIDI':
      return { ja: '文字の表示方向を変える制御文字は入力できません。', en: 'Characters that change the direction of text cannot be entered.' };
    case 'CONTROL':
      return { ja: '改行や制御文字は入力できません（1行で入力してください）。', en: 'Line breaks and control characters cannot be entered here; keep it to one line.' };
    case 'TOO_LONG':
      return { ja: `${number(problem.limit ?? 0)}文字以内で入力してください。`, en: `Keep it to at most ${number(problem.limit ?? 0)} characters.` };
    case 'ID':
      return { ja: 'IDの形式が正しくありません。', en: 'This is not the id of any record.' };
    case 'RANGE':
      return range(problem);
    case 'DATE':
      return { ja: `${problem.min}年から${problem.max}年までの日付を入力してください。`, en: `Give a date from ${problem.min} to ${problem.max}.` };
    case 'TOO_MANY':
      return { ja: `一度に指定できるのは${number(problem.limit ?? 0)}件までです。`, en: `At most ${number(problem.limit ?? 0)} items can be given at once.` };
  }
}

/**
 * Refuses the first argument of the field that breaks a rule. The auth checker calls it before
 * it looks at the hub an argument names (type-graphql runs the checker ahead of every
 * middleware), so no check ever works on an id that is no record's.
 */
export function guardArguments(args: Record<string, unknown> | undefined, info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>): void {
  if (!args || Object.keys(args).length === 0) return;
  const field = info.parentType.getFields()[info.fieldName];
  for (const definition of field?.args ?? []) {
    const problem = inputProblem(definition.type, args[definition.name], definition.name, argumentRule(field!, definition));
    if (problem) {
      const { path, kind, limit, min, max } = problem;
      throw badInput(path.replace(/^input\./, '').replace(/\.\d+(?=\.|$)/g, ''), messageOf(problem), { reason: kind, ...(limit !== undefined ? { limit } : {}), ...(min !== undefined ? { min, max } : {}) });
    }
  }
}

/** type-graphql middleware: checks the arguments of every field that takes some. */
export const InputGuardMiddleware: MiddlewareFn<Context> = ({ args, info }, next) => {
  guardArguments(args as Record<string, unknown>, info);
  return next();
};
