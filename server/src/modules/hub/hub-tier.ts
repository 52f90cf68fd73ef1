/**
 * How a hub covers its zone, as a plain value the client can import with the rules that use it
 * (hub.rules.ts). The GraphQL enum is registered from it in hub.entity.ts.
 */
export const HubTier = {
  SINGLE: 'SINGLE',
  CORE: 'CORE',
  DISTRICT: 'DISTRICT',
} as const;
export type HubTier = (typeof HubTier)[keyof typeof HubTier];
