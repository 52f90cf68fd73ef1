import { useClientHandle, useQuery } from '@urql/vue';
import { computed, ref } from 'vue';
import { ResultsLinksDocument, ResultsListDocument } from '../gql/graphql';
import { currentFiscalYear } from '../lib/formats';
import { changedResultIds, filterByMunicipality, fiscalYearOptions, totalsByItem } from '../lib/results';
import { featureContext } from './feature-context';
import { useFlash } from './flash';
import { useHub } from './hub-context';
import { useReloadOn } from './hub-live';

/**
 * Municipal programme results as the results page works with them: the year's results (all of
 * the hub's, or a municipality member's own), the projects and activities they can name, the
 * filter, and live reloads with others' changes highlighted. Shared by the page's cards.
 */
export function useResults(hubId: string) {
  const hub = useHub();
  const client = useClientHandle().client;
  const fiscalYear = ref(currentFiscalYear());
  const page = useQuery({ query: ResultsListDocument, variables: computed(() => ({ hubId, fiscalYear: fiscalYear.value })), requestPolicy: 'network-only' });
  const links = useQuery({ query: ResultsLinksDocument, variables: { hubId }, requestPolicy: 'network-only' });
  const linkCycles = computed(() => links.data.value?.cycles ?? []);
  const years = computed(() => fiscalYearOptions(currentFiscalYear(), linkCycles.value.map((c) => c.fiscalYear)));
  /** A municipality member records its own; everyone else reads. */
  const records = computed(() => hub.can('recordProgrammeResult'));
  const ownMunicipality = computed(() => hub.municipalityId.value);
  const participations = computed(() => [...(page.data.value?.hub.participations ?? [])].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'ja')));
  const ownName = computed(() => participations.value.find((p) => p.municipality.id === ownMunicipality.value)?.municipality.name ?? '');
  // Everyone else chooses a municipality to look at.
  const municipalityFilter = ref('');
  const results = computed(() => filterByMunicipality(page.data.value?.programmeResults ?? [], records.value ? '' : municipalityFilter.value));
  const reportMunicipality = computed(() => (records.value ? ownMunicipality.value : municipalityFilter.value) || '');

  /** Live: a result another member records or changes appears, highlighted. */
  const { flash, isFlashing } = useFlash();
  async function reload(highlight = false) {
    const before = page.data.value?.programmeResults;
    await page.executeQuery({ requestPolicy: 'network-only' });
    if (highlight) changedResultIds(before, page.data.value?.programmeResults ?? []).forEach(flash);
  }
  useReloadOn(['ProgrammeResult'], (event) => reload(event !== null));
  useReloadOn(['Project', 'Activity', 'Plan'], () => links.executeQuery({ requestPolicy: 'network-only' }));

  /** The hub's results of every year, as they are now (to re-apply an edit onto the latest). */
  const latest = () => client.query(ResultsListDocument, { hubId, fiscalYear: null }, { requestPolicy: 'network-only' }).toPromise();

  return {
    hubId,
    fiscalYear,
    page,
    linkCycles,
    years,
    records,
    ownMunicipality,
    participations,
    ownName,
    municipalityFilter,
    results,
    summary: computed(() => totalsByItem(results.value)),
    municipalitiesWithResults: computed(() => new Set(results.value.map((r) => r.municipality.id)).size),
    reportMunicipality,
    isFlashing,
    reload,
    latest,
    /** What the list says after a change or a refusal (shared by the record form and the list). */
    notice: ref(''),
    deleteError: ref(''),
  };
}

export type ResultsPage = ReturnType<typeof useResults>;
const context = featureContext<ResultsPage>('the results page');
/** Provided by the results page for its cards. */
export const provideResults = context.provide;
/** The results of the page, for its cards. */
export const useResultsPage = context.use;
