/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Dashboard($hubId: ID!, $from: DateTimeISO!) {\n  hub(hubId: $hubId) {\n    id\n    name\n    myRole\n    zone {\n      name\n    }\n  }\n  cycles(hubId: $hubId) {\n    id\n    fiscalYear\n    label\n    labelEn\n    phase\n  }\n  issues(hubId: $hubId, filter: {statuses: [OPEN, IN_PROGRESS]}) {\n    id\n    title\n    functions\n    status\n  }\n  meetings(hubId: $hubId, from: $from) {\n    id\n    title\n    startsAt\n    place\n    status\n  }\n  hubEventHead(hubId: $hubId)\n}\n\nquery BudgetGauges($hubId: ID!, $fiscalYear: Int!) {\n  budget(hubId: $hubId, fiscalYear: $fiscalYear) {\n    id\n    label\n    summary {\n      total {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      subCaps {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      warnings\n    }\n  }\n}\n\nsubscription HubEvents($hubId: ID!, $afterSequence: Int) {\n  hubEvents(hubId: $hubId, afterSequence: $afterSequence) {\n    sequence\n    entityType\n    entityId\n    action\n    operation\n  }\n}\n\nmutation RaiseIssue($input: RaiseIssueInput!) {\n  raiseIssue(input: $input) {\n    id\n    title\n  }\n}": typeof types.DashboardDocument,
    "query Me {\n  me {\n    user {\n      id\n      email\n      displayName\n      globalRole\n    }\n    memberships {\n      id\n      role\n      hub {\n        id\n        name\n        zone {\n          name\n        }\n      }\n      municipality {\n        name\n      }\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.MeDocument,
};
const documents: Documents = {
    "query Dashboard($hubId: ID!, $from: DateTimeISO!) {\n  hub(hubId: $hubId) {\n    id\n    name\n    myRole\n    zone {\n      name\n    }\n  }\n  cycles(hubId: $hubId) {\n    id\n    fiscalYear\n    label\n    labelEn\n    phase\n  }\n  issues(hubId: $hubId, filter: {statuses: [OPEN, IN_PROGRESS]}) {\n    id\n    title\n    functions\n    status\n  }\n  meetings(hubId: $hubId, from: $from) {\n    id\n    title\n    startsAt\n    place\n    status\n  }\n  hubEventHead(hubId: $hubId)\n}\n\nquery BudgetGauges($hubId: ID!, $fiscalYear: Int!) {\n  budget(hubId: $hubId, fiscalYear: $fiscalYear) {\n    id\n    label\n    summary {\n      total {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      subCaps {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      warnings\n    }\n  }\n}\n\nsubscription HubEvents($hubId: ID!, $afterSequence: Int) {\n  hubEvents(hubId: $hubId, afterSequence: $afterSequence) {\n    sequence\n    entityType\n    entityId\n    action\n    operation\n  }\n}\n\nmutation RaiseIssue($input: RaiseIssueInput!) {\n  raiseIssue(input: $input) {\n    id\n    title\n  }\n}": types.DashboardDocument,
    "query Me {\n  me {\n    user {\n      id\n      email\n      displayName\n      globalRole\n    }\n    memberships {\n      id\n      role\n      hub {\n        id\n        name\n        zone {\n          name\n        }\n      }\n      municipality {\n        name\n      }\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n  }\n}\n\nmutation Logout {\n  logout\n}": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($hubId: ID!, $from: DateTimeISO!) {\n  hub(hubId: $hubId) {\n    id\n    name\n    myRole\n    zone {\n      name\n    }\n  }\n  cycles(hubId: $hubId) {\n    id\n    fiscalYear\n    label\n    labelEn\n    phase\n  }\n  issues(hubId: $hubId, filter: {statuses: [OPEN, IN_PROGRESS]}) {\n    id\n    title\n    functions\n    status\n  }\n  meetings(hubId: $hubId, from: $from) {\n    id\n    title\n    startsAt\n    place\n    status\n  }\n  hubEventHead(hubId: $hubId)\n}\n\nquery BudgetGauges($hubId: ID!, $fiscalYear: Int!) {\n  budget(hubId: $hubId, fiscalYear: $fiscalYear) {\n    id\n    label\n    summary {\n      total {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      subCaps {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      warnings\n    }\n  }\n}\n\nsubscription HubEvents($hubId: ID!, $afterSequence: Int) {\n  hubEvents(hubId: $hubId, afterSequence: $afterSequence) {\n    sequence\n    entityType\n    entityId\n    action\n    operation\n  }\n}\n\nmutation RaiseIssue($input: RaiseIssueInput!) {\n  raiseIssue(input: $input) {\n    id\n    title\n  }\n}"): (typeof documents)["query Dashboard($hubId: ID!, $from: DateTimeISO!) {\n  hub(hubId: $hubId) {\n    id\n    name\n    myRole\n    zone {\n      name\n    }\n  }\n  cycles(hubId: $hubId) {\n    id\n    fiscalYear\n    label\n    labelEn\n    phase\n  }\n  issues(hubId: $hubId, filter: {statuses: [OPEN, IN_PROGRESS]}) {\n    id\n    title\n    functions\n    status\n  }\n  meetings(hubId: $hubId, from: $from) {\n    id\n    title\n    startsAt\n    place\n    status\n  }\n  hubEventHead(hubId: $hubId)\n}\n\nquery BudgetGauges($hubId: ID!, $fiscalYear: Int!) {\n  budget(hubId: $hubId, fiscalYear: $fiscalYear) {\n    id\n    label\n    summary {\n      total {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      subCaps {\n        key\n        label\n        capYen\n        actualYen\n        remainingYen\n        level\n      }\n      warnings\n    }\n  }\n}\n\nsubscription HubEvents($hubId: ID!, $afterSequence: Int) {\n  hubEvents(hubId: $hubId, afterSequence: $afterSequence) {\n    sequence\n    entityType\n    entityId\n    action\n    operation\n  }\n}\n\nmutation RaiseIssue($input: RaiseIssueInput!) {\n  raiseIssue(input: $input) {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    user {\n      id\n      email\n      displayName\n      globalRole\n    }\n    memberships {\n      id\n      role\n      hub {\n        id\n        name\n        zone {\n          name\n        }\n      }\n      municipality {\n        name\n      }\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n  }\n}\n\nmutation Logout {\n  logout\n}"): (typeof documents)["query Me {\n  me {\n    user {\n      id\n      email\n      displayName\n      globalRole\n    }\n    memberships {\n      id\n      role\n      hub {\n        id\n        name\n        zone {\n          name\n        }\n      }\n      municipality {\n        name\n      }\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n  }\n}\n\nmutation Logout {\n  logout\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;