import { type AuthChecker, getMetadataStorage } from 'type-graphql';
import type { Context, HubRoleName, Viewer } from './context.js';
import { forbidden, unauthenticated } from './errors.js';
import { guardArguments } from './input-guard.js';

/**
 * What an operation requires, named in `@Authorized(...)`. Several names mean "any of them".
 * Hub roles are checked against the caller's membership of the hub the operation names:
 * its `hubId` argument (or `input.hubId`), or the hub being resolved for a field.
 */
type AccessKey = 'PREFECTURE_ADMIN' | 'AREA_HEALTH_CENTER' | 'SECRETARIAT' | 'ADVISOR' | 'MUNICIPALITY' | 'HEALTH_CENTER' | 'MEMBER';
/** The names of the account module's GlobalRole and the hub module's HubRole (a test holds them equal). */
export const Access: Readonly<Record<AccessKey, string>> = {
  PREFECTURE_ADMIN: 'PREFECTURE_ADMIN',
  /** A health-centre account, for its secondary area (no hub needed). */
  AREA_HEALTH_CENTER: 'AREA_HEALTH_CENTER',
  SECRETARIAT: 'SECRETARIAT',
  ADVISOR: 'ADVISOR',
  MUNICIPALITY: 'MUNICIPALITY',
  HEALTH_CENTER: 'HEALTH_CENTER',
  /** Any role in the hub. */
  MEMBER: 'MEMBER',
};

const roleLabels: Record<string, string> = {
  PREFECTURE_ADMIN: '道本庁（都道府県管理者）',
  AREA_HEALTH_CENTER: '保健所',
  SECRETARIAT: '拠点事務局',
  ADVISOR: '助言医',
  MUNICIPALITY: '市町村',
  HEALTH_CENTER: '保健所',
  MEMBER: 'この拠点のメンバー',
};

/**
 * How a record that is not hub-owned names a hub or an area (the hub itself, a zone), registered
 * by the module that owns it, so that the platform knows no module.
 */
const hubOfRoot: ((root: unknown) => string | null)[] = [];
const areaOfRoot: ((root: unknown) => string | null)[] = [];
export function registerHubOfRoot(find: (root: unknown) => string | null): void {
  hubOfRoot.push(find);
}
export function registerAreaOfRoot(find: (root: unknown) => string | null): void {
  areaOfRoot.push(find);
}

export function hubIdOf(args: Record<string, unknown>, root: unknown): string | null {
  if (typeof args.hubId === 'string') return args.hubId;
  const input = args.input as { hubId?: unknown } | undefined;
  if (input && typeof input.hubId === 'string') return input.hubId;
  for (const find of hubOfRoot) {
    const hubId = find(root);
    if (hubId) return hubId;
  }
  const owned = root as { hubId?: unknown } | null;
  if (owned && typeof owned.hubId === 'string') return owned.hubId;
  return null;
}

/**
 * The caller's role in a hub: their membership's, or HEALTH_CENTER for a health-centre account
 * whose secondary area contains the hub (it reads and comments like a health-centre member).
 */
export function roleIn(viewer: Viewer, hubId: string | null): HubRoleName | undefined {
  if (!hubId) return undefined;
  return viewer.memberships.get(hubId)?.role ?? (viewer.areaHubIds.has(hubId) ? (Access.HEALTH_CENTER as HubRoleName) : undefined);
}

/** The secondary area a field's parent record lies in, where that decides a health centre's access (a zone's pipeline notes). */
export function areaIdOf(root: unknown): string | null {
  for (const find of areaOfRoot) {
    const areaId = find(root);
    if (areaId) return areaId;
  }
  return null;
}

export function satisfies(viewer: Viewer, required: readonly string[], hubId: string | null, areaId: string | null = null): boolean {
  if (required.length === 0) return true;
  const role = roleIn(viewer, hubId);
  return required.some((name) => {
    if (name === Access.PREFECTURE_ADMIN) return viewer.globalRole === Access.PREFECTURE_ADMIN;
    if (name === Access.AREA_HEALTH_CENTER) return viewer.globalRole === Access.HEALTH_CENTER && viewer.secondaryAreaId !== null && (areaId === null || areaId === viewer.secondaryAreaId);
    if (name === Access.MEMBER) return role !== undefined;
    return role === name;
  });
}

let rolesByOperation: Map<string, readonly string[]> | null = null;

/**
 * The roles a query or mutation (or an object type's field, as "Type.field") requires, read from
 * its own `@Authorized(...)`: the one place they are written. Throws for a name that is none (a
 * `viewerCan` field naming a typo).
 */
export function rolesOf(operation: string): readonly string[] {
  if (!rolesByOperation) {
    const storage = getMetadataStorage();
    rolesByOperation = new Map();
    const roles = (target: object, methodName: string) => (storage.authorizedFields.find((a) => a.target === target && a.fieldName === methodName)?.roles as string[] | undefined) ?? [];
    for (const resolver of [...storage.queries, ...storage.mutations]) rolesByOperation.set(resolver.schemaName, roles(resolver.target, resolver.methodName));
    // Fields of object types with their own @Authorized, by "Type.field" (e.g. Hub.members).
    for (const field of storage.fieldResolvers) {
      const type = (field.getObjectType ?? storage.resolverClasses.find((r) => r.target === field.target)?.getObjectType)?.() as { name?: string } | undefined;
      if (type?.name) rolesByOperation.set(`${type.name}.${field.schemaName}`, roles(field.target, field.methodName));
    }
  }
  const roles = rolesByOperation.get(operation);
  if (!roles) throw new Error(`no query or mutation named ${operation}`);
  return roles;
}

/**
 * Whether the viewer's roles let them call the operation in this hub: what the auth checker
 * will answer, asked ahead so that the client offers only what it would accept (`viewerCan`).
 */
export function mayCall(viewer: Viewer | null, operation: string, hubId: string | null, areaId: string | null = null): boolean {
  return viewer !== null && satisfies(viewer, rolesOf(operation), hubId, areaId);
}

/** type-graphql's auth checker: a coded error instead of a bare "access denied". */
export const authChecker: AuthChecker<Context> = ({ root, args, context, info }, required) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  // Arguments first: a hub id that is no id is bad input, not a question of rights.
  guardArguments(args, info);
  const global: string[] = [Access.PREFECTURE_ADMIN, Access.AREA_HEALTH_CENTER];
  const needsHub = required.some((name) => !global.includes(name));
  const hubId = needsHub ? hubIdOf(args, root) : null;
  if (needsHub && !hubId && !required.some((name) => global.includes(name))) {
    throw new Error(`operation requires a hub role (${required.join(', ')}) but names no hub`);
  }
  if (satisfies(viewer, required, hubId, areaIdOf(root))) return true;
  const names = required.map((r) => roleLabels[r] ?? r);
  throw forbidden({
    ja: `この操作は${names.join('または')}のみ行えます。`,
    en: `Only ${required.join(' or ').toLowerCase().replaceAll('_', ' ')} may do this.`,
  });
};
