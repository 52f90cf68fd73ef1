import { SurveyQuestionKind } from './activity.types.js';

type Question = { id: string; kind: SurveyQuestionKind; choices: string[] };

/**
 * A choice question's choices as kept: trimmed, blanks and repeats dropped (a repeated choice
 * would be counted twice in the compilation). Null when fewer than two remain.
 */
export function cleanChoices(raw: readonly string[]): string[] | null {
  const choices = [...new Set(raw.map((c) => c.trim()).filter(Boolean))];
  return choices.length >= 2 ? choices : null;
}

/** Why an answer does not fit its question, or null when it does. */
export function answerProblem(question: Question, value: string): { ja: string; en: string } | null {
  const v = value.trim();
  if (!v) return { ja: '回答を入力してください。', en: 'Enter an answer.' };
  if (v.length > 5000) return { ja: '回答は5000文字以内にしてください。', en: 'Keep the answer to 5000 characters.' };
  if (question.kind === SurveyQuestionKind.NUMBER && !/^-?\d+(\.\d+)?$/.test(v)) return { ja: '数値で回答してください。', en: 'Answer with a number.' };
  if (question.kind === SurveyQuestionKind.CHOICE && !question.choices.includes(v)) return { ja: '選択肢の中から回答してください。', en: 'Answer with one of the choices.' };
  return null;
}

export type CompiledAnswers<Q> = {
  question: Q;
  answers: { municipalityId: string; value: string }[];
  total: number | null;
  choiceCounts: { choice: string; count: number }[];
};

/** Compiles (とりまとめ) the municipalities' answers question by question. */
export function compileAnswers<Q extends Question>(questions: Q[], responses: { municipalityId: string; answers: Record<string, string> }[]): CompiledAnswers<Q>[] {
  return questions.map((question) => {
    const answers = responses.filter((r) => r.answers[question.id] !== undefined).map((r) => ({ municipalityId: r.municipalityId, value: r.answers[question.id]! }));
    return {
      question,
      answers,
      total: question.kind === SurveyQuestionKind.NUMBER ? answers.reduce((sum, a) => sum + Number(a.value), 0) : null,
      choiceCounts: question.kind === SurveyQuestionKind.CHOICE ? question.choices.map((choice) => ({ choice, count: answers.filter((a) => a.value === choice).length })) : [],
    };
  });
}
