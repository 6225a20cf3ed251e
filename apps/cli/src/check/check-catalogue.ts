import { registerCatalogue, type DiagnosticSpec } from '@xrgit/core';

/** A rule of `xrgit check`: a diagnostic spec plus the one-line title SARIF and Markdown show. */
export interface CheckRuleSpec extends DiagnosticSpec {
  title: string;
}

/**
 * The contract and waiver rules of `xrgit check` (docs/ci.md §Rules). Ids are stable: never
 * rename one; retire it with `deprecated` and `replacedBy`. Messages are templates rendered at
 * the edge. Format compatibility findings keep the ids of the formats catalogue
 * (`jsonschema/required-added`, ...) and head validation keeps the ids of `xrgit validate`.
 */
export const checkCatalogue = {
  'contract/message-removed-while-referenced': {
    severity: 'error',
    title: 'A message that is still referenced was removed',
    message: 'Message {xid} was removed but is still used by {referencedBy}. Consumers of those endpoints and derived messages lose its definition: keep the message (deprecate it with meta.deprecated first) or remove the references in the same change.',
  },
  'contract/schema-removed-while-referenced': {
    severity: 'error',
    title: 'A schema that is still referenced was removed',
    message: 'Schema {xid} was removed but messages still point at it: {referencedBy}. Keep the schema (deprecate it with meta.deprecated first) or change the messages\' dataschemauri in the same change.',
  },
  'contract/schema-version-removed': {
    severity: 'error',
    title: 'A published schema version was removed',
    message: 'Version {version} of schema {resource} was removed; published versions are immutable and consumers may pin them ({referencedBy}). Restore it, or deprecate the schema instead.',
  },
  'contract/published-document-changed': {
    severity: 'error',
    title: 'The document of a published version changed',
    message: 'The document of version {version} of {resource} changed, but a published version never changes under the same URL. Add a new version (a new file under versions/, or let history derive it) and restore this one.',
  },
  'contract/message-type-changed': {
    severity: 'error',
    title: 'The CloudEvents type of a message changed',
    message: 'The CloudEvents type of message {xid} changed from "{before}" to "{after}"; subscriptions and routes that filter on the old type stop matching. Add a new message with the new type and deprecate this one.',
  },
  'contract/message-source-changed': {
    severity: 'error',
    title: 'The CloudEvents source of a message changed',
    message: 'The CloudEvents source of message {xid} changed from "{before}" to "{after}"; consumers that filter on the source stop matching. Keep the source, or add a new message and deprecate this one.',
  },
  'contract/endpoint-protocol-changed': {
    severity: 'error',
    title: 'The protocol of an endpoint changed',
    message: 'The protocol of endpoint {xid} changed from "{before}" to "{after}"; every client of it must change. Add a new endpoint and deprecate this one.',
  },
  'contract/endpoint-usage-changed': {
    severity: 'error',
    title: 'The usage of an endpoint changed',
    message: 'The usage of endpoint {xid} changed from {before} to {after}; producers or consumers that relied on the old role break. Add a new endpoint for the new role.',
  },
  'waiver/expired': {
    severity: 'error',
    title: 'A waiver has expired',
    message: 'The waiver of {rule} for {xid} (fingerprint {fingerprint}) expired on {expires}, so the finding it covered counts again. Fix the finding, or renew the waiver with a new expires date and a reason.',
  },
  'waiver/unused': {
    severity: 'warning',
    title: 'A waiver matches no finding',
    message: 'The waiver with fingerprint {fingerprint} ({rule} for {xid}) matches no finding of this change. Remove it from waivers.yaml once the change it approved has merged.',
  },
  'waiver/invalid': {
    severity: 'error',
    title: 'A waiver entry is malformed',
    message: 'This waiver entry is not valid: {detail}. Write it as `- fingerprint: 3f9c0a7d1e2b4c56` with rule, xid, reason, approvedBy and an optional expires: YYYY-MM-DD.',
  },
} as const satisfies Record<string, CheckRuleSpec>;

/** The id of a rule of `xrgit check` (a typo does not compile). */
export type CheckCode = keyof typeof checkCatalogue;

registerCatalogue(checkCatalogue);
