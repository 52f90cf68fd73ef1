import { useMutation, useQuery, type CombinedError } from '@urql/vue';
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { BudgetViewDocument, DeleteExpenseDocument, OpenBudgetDocument, PayHonorariumDocument } from '../gql/graphql';
import { refusal } from '../lib/errors';
import { currentFiscalYear, tokyoDate } from '../lib/formats';
import { featureContext } from './feature-context';
import { useFlash } from './flash';
import { useHub } from './hub-context';
import { useReloadOn } from './hub-live';

/**
 * A hub's budget of a fiscal year as the budget page works with it: the query (the year chosen on
 * the page), live reloads when anyone posts, and the actions of the page. The page and its cards
 * share one instance (provideBudget / useBudgetPage).
 */
export function useBudget(hubId: string) {
  const { t, locale } = useI18n();
  const hub = useHub();
  const fiscalYear = ref(currentFiscalYear());
  const years = computed(() => [currentFiscalYear() - 2, currentFiscalYear() - 1, currentFiscalYear(), currentFiscalYear() + 1]);
  const page = useQuery({ query: BudgetViewDocument, variables: computed(() => ({ hubId, fiscalYear: fiscalYear.value })), requestPolicy: 'network-only' });
  const budget = computed(() => page.data.value?.budget ?? null);
  const pageRefusal = computed(() => (page.error.value ? refusal(page.error.value, locale.value) : null));
  const reload = () => page.executeQuery({ requestPolicy: 'network-only' });

  // Live: another member's posting moves the gauges and the ledger at once.
  const { flash, isFlashing } = useFlash();
  useReloadOn(['Expense', 'Honorarium', 'Budget', 'BudgetLine'], async (event) => {
    await reload();
    if (event) flash(event.entityType === 'Expense' ? 'ledger' : 'summary');
  });

  const open = useMutation(OpenBudgetDocument);
  const remove = useMutation(DeleteExpenseDocument);
  const pay = useMutation(PayHonorariumDocument);
  const actionError = ref('');
  async function act(run: () => Promise<{ error?: CombinedError }>) {
    actionError.value = '';
    const result = await run();
    if (result.error) actionError.value = refusal(result.error, locale.value).message;
    else await reload();
  }

  return {
    hubId,
    hub,
    fiscalYear,
    years,
    page,
    budget,
    pageRefusal,
    reload,
    isFlashing,
    actionError,
    openBudget: () => act(() => open.executeMutation({ hubId, fiscalYear: fiscalYear.value })),
    deleteExpense(id: string, description: string) {
      if (!window.confirm(t('budgetView.confirmDelete', { description }))) return;
      void act(() => remove.executeMutation({ hubId, expenseId: id }));
    },
    payHonorarium: (id: string) => act(() => pay.executeMutation({ hubId, honorariumId: id, paidOn: tokyoDate() })),
  };
}

export type BudgetPage = ReturnType<typeof useBudget>;
const context = featureContext<BudgetPage>('the budget page');
/** Provided by the budget page for its cards. */
export const provideBudget = context.provide;
/** The budget of the page, for its cards. */
export const useBudgetPage = context.use;
