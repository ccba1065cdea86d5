/**
 * A cross-row finding of the schema: the validator's English text (for logs and `data:check`, beside
 * the JSON path) and which check failed with what, so a moderator is told it in their own language.
 */
import type { Messages } from '../i18n/messages.ts';

export type IntegrityCheck = keyof Messages['moderation']['problem']['integrity'];
export type IntegrityParams = Record<string, string | number>;

export interface IntegrityIssue {
  path: (string | number)[];
  message: string;
  problem: { kind: 'integrity'; check: IntegrityCheck; params: IntegrityParams };
}

export function issueOf(
  path: (string | number)[],
  message: string,
  check: IntegrityCheck,
  params: IntegrityParams = {},
): IntegrityIssue {
  return { path, message, problem: { kind: 'integrity', check, params } };
}
