/**
 * Re-applying what a person typed after a CONFLICT: a three-way merge of the version the form
 * started from (`base`), the person's form (`mine`) and the record as it is now (`fresh`).
 * Each field the person changed from `base` is put back on top of `fresh`; every other field
 * takes the fresh value, so the other person's changes are kept. Fields are compared by what
 * would be sent (`normalise`), so that " a " and "a", or 5 and "5", are no change.
 */

/** A field's value as it would be sent; by default the value itself. */
export type Normalise<F> = (form: F, field: keyof F) => unknown;

const asIs = <F>(form: F, field: keyof F): unknown => form[field];

function same<F>(normalise: Normalise<F>, field: keyof F, a: F, b: F): boolean {
  return JSON.stringify(normalise(a, field) ?? null) === JSON.stringify(normalise(b, field) ?? null);
}

/** The fields (of `fields`, in their order) where `form` differs from `base`. */
export function changedKeys<F extends object, K extends keyof F>(fields: readonly K[], base: F, form: F, normalise: Normalise<F> = asIs): K[] {
  return fields.filter((field) => !same(normalise, field, base, form));
}

export type Reapplied<F, K> = {
  /** The fresh record with the person's own changes on top. */
  form: F;
  /** What the person had changed (and is put back). */
  mine: K[];
  /** What the other person changed meanwhile. */
  theirs: K[];
  /** Fields both changed, to different values: the person's value is kept, to be checked. */
  clashes: K[];
};

/**
 * The fresh record with the person's edits re-applied. Values are copied as they are (arrays
 * are copied one level deep), so the result shares nothing the caller may mutate with `mine`.
 */
export function reapplyEdits<F extends object, K extends keyof F>(fields: readonly K[], base: F, mine: F, fresh: F, normalise: Normalise<F> = asIs): Reapplied<F, K> {
  const changedByMe = changedKeys(fields, base, mine, normalise);
  const theirs = changedKeys(fields, base, fresh, normalise);
  const form = { ...fresh };
  for (const field of changedByMe) {
    const value = mine[field];
    form[field] = (Array.isArray(value) ? [...value] : value) as F[K];
  }
  return { form, mine: changedByMe, theirs, clashes: theirs.filter((f) => changedByMe.includes(f) && !same(normalise, f, mine, fresh)) };
}
