import { HonorariumState } from './honorarium-state.js';

/**
 * A payee's name as two honoraria are compared on: the same person typed with a full-width
 * space, half-width kana or different case is the same payee (NFKC, no white space, lower case).
 */
export function payeeKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** What may be done to an honorarium in each state (the service refuses by it; Honorarium.viewerCan answers from it). */
export enum HonorariumAction {
  /** Needs the payee recorded as attending, or the activity held (checked with the records). */
  APPROVE = 'APPROVE',
  /** Posts the gross amount as an expense, through the cap check. */
  PAY = 'PAY',
  /** Stays on record; the payee may be planned again. */
  CANCEL = 'CANCEL',
  /** A paid honorarium is part of the ledger and stays. */
  REMOVE = 'REMOVE',
}

export const HONORARIUM_OPEN_IN: Readonly<Record<HonorariumAction, readonly HonorariumState[]>> = {
  [HonorariumAction.APPROVE]: [HonorariumState.PLANNED],
  [HonorariumAction.PAY]: [HonorariumState.APPROVED],
  [HonorariumAction.CANCEL]: [HonorariumState.PLANNED, HonorariumState.APPROVED],
  [HonorariumAction.REMOVE]: [HonorariumState.PLANNED, HonorariumState.APPROVED, HonorariumState.CANCELLED],
};

export const HONORARIUM_MOVES_TO: Readonly<Partial<Record<HonorariumAction, HonorariumState>>> = {
  [HonorariumAction.APPROVE]: HonorariumState.APPROVED,
  [HonorariumAction.PAY]: HonorariumState.PAID,
  [HonorariumAction.CANCEL]: HonorariumState.CANCELLED,
};

/** The states the action needs, when the honorarium is in none of them; null when it may be done. */
export function honorariumRefusal(action: HonorariumAction, state: HonorariumState): readonly HonorariumState[] | null {
  const open = HONORARIUM_OPEN_IN[action];
  return open.includes(state) ? null : open;
}
