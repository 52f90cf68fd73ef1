import { ref } from 'vue';

/**
 * Copies a link to the clipboard. Without clipboard access (an insecure origin, a refused
 * permission) the field holding it is selected instead, for the person to copy by hand.
 */
export function useCopyText() {
  const status = ref<'copied' | 'select' | ''>('');
  async function copy(text: string, field?: HTMLInputElement | null) {
    status.value = '';
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      status.value = 'copied';
    } catch {
      field?.focus();
      field?.select();
      status.value = 'select';
    }
  }
  return { status, copy };
}
