/**
 * A bot process without Discord: the real app (data store, watcher, cache, sync) answering
 * JSON-line requests on stdin, so tests can drive several processes against one Redis.
 * Env: DATA_FILE, CACHE_URL, NAMESPACE, CACHE_TIMEOUT_MS, LOG_LEVEL. Moderator notices are printed as {"notice"}.
 * Request: {"id":1,"req":{...CommandRequest}}, with "component":"<custom_id>" (a button press) or
 * "modal":"<custom_id>","fields":{...} (a submitted form).
 */
import { createInterface } from 'node:readline';
import { createApp } from '../../src/app.ts';
import { createLogger } from '../../src/log.ts';

const app = await createApp({
  dataFile: process.env.DATA_FILE!,
  cacheUrl: process.env.CACHE_URL,
  namespace: process.env.NAMESPACE,
  deploymentId: process.env.DEPLOYMENT_ID,
  ...(process.env.CACHE_TIMEOUT_MS ? { cacheTimeoutMs: Number(process.env.CACHE_TIMEOUT_MS) } : {}),
  log: createLogger(process.env.LOG_LEVEL ?? 'silent'),
  watch: true,
  syncEveryMs: 250,
});
app.setNotifier((notice) => process.stdout.write(`${JSON.stringify({ notice })}\n`));
process.stdout.write(`${JSON.stringify({ ready: true, version: app.data.current().version })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const { id, req, version, component, modal, fields } = JSON.parse(line) as {
    id: number;
    req?: Parameters<typeof app.responder.command>[0];
    version?: boolean;
    component?: string;
    modal?: string;
    fields?: Record<string, string | string[]>;
  };
  const request = req && {
    ...req,
    member: req.member ? { ...req.member, permissions: BigInt(req.member.permissions as unknown as string) } : null,
  };
  const answer = version
    ? Promise.resolve({ version: app.data.current().version })
    : component
      ? app.responder.component(component, request!)
      : modal
        ? app.responder.modal(modal, request!, fields ?? {})
        : app.responder.command(request!);
  void answer.then((reply) => process.stdout.write(`${JSON.stringify({ id, reply })}\n`));
});
lines.on('close', () => {
  void app.close().then(() => process.exit(0));
});
