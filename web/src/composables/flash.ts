import { onBeforeUnmount, ref } from 'vue';

/** Keys (cards, rows) that changed a moment ago, so the screen can highlight them briefly. */
export function useFlash(durationMs = 2500) {
  const flashing = ref(new Set<string>());
  const timers = new Set<ReturnType<typeof setTimeout>>();
  function flash(key: string) {
    flashing.value = new Set([...flashing.value, key]);
    const timer = setTimeout(() => {
      timers.delete(timer);
      const next = new Set(flashing.value);
      next.delete(key);
      flashing.value = next;
    }, durationMs);
    timers.add(timer);
  }
  onBeforeUnmount(() => timers.forEach(clearTimeout));
  return { flashing, flash, isFlashing: (key: string) => flashing.value.has(key) };
}
