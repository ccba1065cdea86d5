/**
 * The round-robin proxy as its own process (the benchmark runs it beside the instances, so its
 * work is not counted against the harness). Env: UPSTREAMS (comma-separated base URLs), PORT.
 * Prints {"port":N} once listening; SIGTERM stops it.
 */
import { RoundRobinProxy } from './round-robin-proxy.ts';

const proxy = await RoundRobinProxy.start((process.env.UPSTREAMS ?? '').split(','), Number(process.env.PORT ?? 0));
process.stdout.write(`${JSON.stringify({ msg: 'ready', port: Number(new URL(proxy.url).port) })}\n`);
process.on('SIGTERM', () => {
  void proxy.stop().then(() => process.exit(0));
});
