import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems, type PasswordProblem } from '../../../server/src/modules/account/password.rules';
import type { HubRole } from '../gql/graphql';
import { reapplyEdits, type Reapplied } from './reapply';

/**
 * Members, invitations and participating municipalities: the pure parts of the members page
 * and the invitation page.
 */

/** The order roles are listed in on the members page. */
export const ROLE_ORDER: readonly HubRole[] = ['SECRETARIAT', 'ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER'];

/**
 * The address a person opens to accept an invitation. The server sends no e-mail: the
 * secretariat passes this link on. The token is URL-safe base64, encoded anyway.
 */
export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/invitations/${encodeURIComponent(token)}`;
}

/** Members by role in ROLE_ORDER (roles without members left out), each group by name. */
export function groupByRole<T extends { role: HubRole; user: { displayName: string } }>(members: readonly T[]): { role: HubRole; members: T[] }[] {
  return ROLE_ORDER.map((role) => ({
    role,
    members: members.filter((m) => m.role === role).sort((a, b) => a.user.displayName.localeCompare(b.user.displayName, 'ja')),
  })).filter((group) => group.members.length > 0);
}

type Named = { id: string; name: string };

/** Municipalities of the zone that do not take part yet, in the zone's order: what may be added. */
export function addableMunicipalities<M extends Named>(zoneMunicipalities: readonly M[], participations: readonly { municipality: { id: string } }[]): M[] {
  const taking = new Set(participations.map((p) => p.municipality.id));
  return zoneMunicipalities.filter((m) => !taking.has(m.id));
}

/** Whether the role needs a participating municipality (and only it may have one). */
export const needsMunicipality = (role: HubRole): boolean => role === 'MUNICIPALITY';

export type Contact = { contactName: string | null; contactEmail: string | null; contactPhone: string | null };
export type ContactForm = { contactName: string; contactEmail: string; contactPhone: string };
export const CONTACT_FIELDS = ['contactName', 'contactEmail', 'contactPhone'] as const satisfies readonly (keyof ContactForm)[];
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The edit form of a participation's contact, filled from the record. */
export function contactForm(contact: Contact): ContactForm {
  return { contactName: contact.contactName ?? '', contactEmail: contact.contactEmail ?? '', contactPhone: contact.contactPhone ?? '' };
}

/**
 * What changed in a contact form, for updateParticipation (omitted fields stay as they are).
 * Values are trimmed; an emptied field is sent as null, which clears it.
 */
export function contactChanges(original: Contact, form: ContactForm): Partial<Contact> {
  const changes: Partial<Contact> = {};
  for (const key of CONTACT_FIELDS) {
    const value = form[key].trim() || null;
    if (value !== (original[key] ?? null)) changes[key] = value;
  }
  return changes;
}

/**
 * After a CONFLICT: the contact as it is now, with the fields the person changed since opening the
 * form (`base`) put back on top; what someone else changed meanwhile stays. Compared trimmed.
 */
export function reapplyContactEdits(base: ContactForm, mine: ContactForm, fresh: ContactForm): Reapplied<ContactForm, ContactField> {
  return reapplyEdits(CONTACT_FIELDS, base, mine, fresh, (form, field) => form[field].trim());
}

/** The membership created last: the hub whose invitation was just accepted. */
export function newestMembership<M extends { createdAt: string }>(memberships: readonly M[]): M | null {
  return memberships.reduce<M | null>((newest, m) => (!newest || Date.parse(m.createdAt) > Date.parse(newest.createdAt) ? m : newest), null);
}

// The password policy is the server's own module (server/src/modules/account/password.rules.ts),
// so that the person sees at once what the server will check; the server still decides.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export type PasswordRule = 'LENGTH' | 'LETTER' | 'DIGIT' | 'SYMBOL';
export const PASSWORD_RULES: readonly PasswordRule[] = ['LENGTH', 'LETTER', 'DIGIT', 'SYMBOL'];
const BROKEN_BY: Record<PasswordProblem, PasswordRule | null> = {
  TOO_SHORT: 'LENGTH',
  TOO_LONG: 'LENGTH',
  NO_LETTER: 'LETTER',
  NO_DIGIT: 'DIGIT',
  NO_SYMBOL: 'SYMBOL',
  // The invitation page does not know the invited address, nor the current password; the server checks them.
  CONTAINS_EMAIL: null,
  REUSED: null,
};

/** Each rule of the policy and whether the password meets it yet. */
export function passwordChecks(password: string): { rule: PasswordRule; met: boolean }[] {
  const broken = new Set(passwordProblems(password).map((p) => BROKEN_BY[p]));
  return PASSWORD_RULES.map((rule) => ({ rule, met: !broken.has(rule) }));
}

