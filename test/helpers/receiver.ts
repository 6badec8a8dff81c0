// Commands to the reference receiver running beside the test runner (test/server/receiver.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

type Answer<T> = { done: true; value: T } | { done: false; id: number };

/**
 * A command to the receiver beside the runner. A browser gives up on a command after 20 s,
 * which opening a database on a busy machine can pass: the server answers within 5 s, and a
 * command still running is asked again until it is done, within the test's own bound.
 */
export async function command<T>(name: string, payload?: unknown): Promise<T> {
  let answer = (await executeServerCommand(name, payload)) as Answer<T>;
  while (!answer.done) answer = (await executeServerCommand('receiver-result', { id: answer.id })) as Answer<T>;
  return answer.value;
}

/** An email the receiver's SMTP server was sent, as the test server reads it. */
export interface Mail {
  to: string;
  messageId?: string;
  replyTo?: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; size: number; content?: string }[];
}

/** What the checkers say of each point. */
export interface CheckResult {
  point: string;
  ok: boolean;
  detail: string;
}
