// A program in a real terminal for tests: a detached tmux session of fixed size on a private server
// socket (tmux -S PATH, a path in the test's temp dir: runs never share a server, and removing the
// dir removes the socket, which tmux leaves behind); keys with send-keys, the screen with capture-pane.
import { execa } from 'execa';
import { rmSync } from 'node:fs';

export class TmuxSession {
  private constructor(readonly name: string, readonly socket: string) {}

  /** Starts `command` (a shell command line) in a new detached session of cols × rows, its server on `socket`. */
  static async start(socket: string, name: string, command: string, cols = 220, rows = 60): Promise<TmuxSession> {
    await execa('tmux', ['-S', socket, '-f', '/dev/null', 'new-session', '-d', '-s', name, '-x', String(cols), '-y', String(rows), command]);
    return new TmuxSession(name, socket);
  }

  private tmux(args: string[]) {
    return execa('tmux', ['-S', this.socket, ...args], { reject: false });
  }

  /** The visible screen as text (no escape sequences). '' once the session has ended. */
  async capture(): Promise<string> {
    const r = await this.tmux(['capture-pane', '-p', '-t', this.name]);
    return r.exitCode === 0 ? r.stdout : '';
  }

  /** Keys by tmux name (q, Tab, Enter, BSpace, C-c). */
  async keys(...keys: string[]): Promise<void> {
    await this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  /** Text typed literally. */
  async type(text: string): Promise<void> {
    await this.tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  async alive(): Promise<boolean> {
    return (await this.tmux(['has-session', '-t', this.name])).exitCode === 0;
  }

  /** Polls the screen until `test` passes; throws with the last screen when it does not in time. */
  async waitFor(what: string, test: (screen: string) => boolean, ms = 20_000): Promise<string> {
    const end = Date.now() + ms;
    let screen = '';
    for (;;) {
      screen = await this.capture();
      if (test(screen)) return screen;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  /** Ends the session and its server (and the program in it, with SIGHUP), and removes the socket. */
  async kill(): Promise<void> {
    await this.tmux(['kill-server']);
    rmSync(this.socket, { force: true });
  }
}
