import { spawn, type ChildProcess } from 'node:child_process';
import { Spawned } from './spawned.ts';

/**
 * `npm run demo` without npm in between (the build is test/global-setup.ts's job): the demo's own
 * process, which starts the local Discord server, the built bot and the page.
 */
export class DemoProcess extends Spawned {
  private constructor(child: ChildProcess) {
    super(child, 'the demo', 15_000);
  }

  /** The page's address, as the demo prints it. */
  get url(): string {
    return /Demo ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(this.stdout)![1]!;
  }

  /** The bot's pid, as the demo prints it. */
  get botPid(): number {
    return Number(/bot pid (\d+)/.exec(this.stdout)![1]);
  }

  /** `detached` puts the demo in its own process group, as a terminal does, so Ctrl-C can be sent to the group. */
  static async start(env: Record<string, string>, detached = false): Promise<DemoProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/main.ts'], {
      env: { ...process.env, DEMO_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached,
    });
    const demo = new DemoProcess(child);
    await demo.waitFor(/Demo ready: /, 60_000, () => demo.stdout, 50);
    return demo;
  }

  /** Ctrl-C in a terminal: SIGINT to the whole process group. */
  interruptGroup(): void {
    process.kill(-this.child.pid!, 'SIGINT');
  }
}

/** Whether a process with this pid still exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
