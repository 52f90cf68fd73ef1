import { useClientHandle, useQuery } from '@urql/vue';
import { computed, ref } from 'vue';
import { ActivityCompilationDocument, ActivityDetailDocument } from '../gql/graphql';
import { changedAnswers, surveyState } from '../lib/activities';
import { tokyoDate } from '../lib/formats';
import { featureContext } from './feature-context';
import { useFlash } from './flash';
import { useHub } from './hub-context';
import { useReloadOn } from './hub-live';

/**
 * One activity as its page works with it: the record, its survey's state and questions, the
 * compilation of the answers (for those the server lets read it), and live reloads with the answers
 * that arrive highlighted. Shared by the page's cards.
 */
export function useActivity(hubId: string, activityId: string) {
  const hub = useHub();
  const client = useClientHandle().client;
  const variables = { hubId, activityId };
  const page = useQuery({ query: ActivityDetailDocument, variables, requestPolicy: 'network-only' });
  const activity = computed(() => page.data.value?.activity ?? null);
  const isSurvey = computed(() => activity.value?.kind === 'SURVEY');
  const state = computed(() => (activity.value ? surveyState(activity.value, tokyoDate()) : 'draft'));
  const questions = computed(() => [...(activity.value?.questions ?? [])].sort((a, b) => a.position - b.position));
  const ownMunicipality = computed(() => page.data.value?.hub.participations.find((p) => p.municipality.id === hub.municipalityId.value)?.municipality.name ?? '');

  // The compilation is read by those the server lets read it (the secretariat and the prefecture).
  const seesCompilation = computed(() => hub.can('seeSurveyCompilation'));
  const compilation = useQuery({ query: ActivityCompilationDocument, variables, pause: computed(() => !seesCompilation.value || !isSurvey.value), requestPolicy: 'network-only' });
  const compiled = computed(() => compilation.data.value?.activity.compiledAnswers ?? null);
  const compilationRefused = computed(() => compilation.error.value?.graphQLErrors[0]?.extensions?.code === 'FORBIDDEN');

  /** Live: an answer a municipality sends appears in the open compilation, highlighted; changes to the record reload it. */
  const { flashing, flash } = useFlash(4000);
  const changedKeys = ref(new Set<string>());
  const reload = () => page.executeQuery({ requestPolicy: 'network-only' });
  useReloadOn(
    (event) => (event.entityType === 'Activity' ? event.entityId : event.related.activity) === activityId && ['Activity', 'SurveyResponse', 'SurveyQuestion'].includes(event.entityType),
    async (event) => {
      const before = compiled.value;
      await reload();
      if (seesCompilation.value && isSurvey.value) {
        await compilation.executeQuery({ requestPolicy: 'network-only' });
        if (event && compiled.value) {
          const changed = changedAnswers(before, compiled.value);
          changedKeys.value = changed;
          changed.forEach(flash);
        }
      }
      if (event?.entityType === 'Activity') flash('details');
    },
  );

  return {
    hubId,
    activityId,
    hub,
    page,
    activity,
    isSurvey,
    state,
    questions,
    ownMunicipality,
    seesCompilation,
    compilation,
    compiled,
    compilationRefused,
    flashing,
    /** The answers just changed that are still highlighted. */
    lit: computed(() => new Set([...changedKeys.value].filter((k) => flashing.value.has(k)))),
    // The questions are listed in the details unless the answer form or the compilation shows them.
    listQuestions: computed(() => state.value === 'draft' || !(hub.can('answerSurvey') || (seesCompilation.value && !compilationRefused.value))),
    reload,
    /** The record as it is now (to re-apply an edit onto the latest). */
    latest: () => client.query(ActivityDetailDocument, variables, { requestPolicy: 'network-only' }).toPromise(),
    /** What the page says after a change (shared by the editing panel and the details). */
    notice: ref(''),
  };
}

export type ActivityPage = ReturnType<typeof useActivity>;
const context = featureContext<ActivityPage>('the activity page');
/** Provided by the activity page for its cards. */
export const provideActivity = context.provide;
/** The activity of the page, for its cards. */
export const useActivityPage = context.use;
