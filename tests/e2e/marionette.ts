/**
 * A minimal client for Marionette, Firefox's own remote protocol: length-prefixed JSON over TCP,
 * `[0, id, command, params]` out and `[1, id, error, result]` back.
 *
 * Used instead of WebDriver BiDi because the Firefox ESR that Debian ships (140) gives BiDi no
 * access to the browser window's own (chrome) realm, where the extension's shortcut and sidebar
 * live; Marionette has it when Firefox runs with --remote-allow-system-access. Marionette and a
 * BiDi client cannot share one Firefox (one session at a time), so this drives it alone.
 */
import { connect, type Socket } from 'node:net';

interface Reply {
  error: { error: string; message: string } | null;
  result: unknown;
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private greeted: (() => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    socket.on('close', () => {
      for (const resolve of this.pending.values()) {
        resolve({
          error: { error: 'closed', message: 'Marionette closed the connection' },
          result: null,
        });
      }
      this.pending.clear();
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new Marionette(socket);
    // The server speaks first: {"applicationType":"gecko","marionetteProtocol":3}.
    await new Promise<void>((resolve) => {
      client.greeted = resolve;
      client.drain();
    });
    return client;
  }

  /** Sends a command; resolves with its result or rejects with Marionette's error. */
  async send<T>(command: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const reply = await new Promise<Reply>((resolve) => {
      this.pending.set(id, resolve);
      const body = Buffer.from(JSON.stringify([0, id, command, params]));
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
    if (reply.error) throw new Error(`${command}: ${reply.error.error}: ${reply.error.message}`);
    return reply.result as T;
  }

  close(): void {
    this.socket.destroy();
  }

  private drain(): void {
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(
        this.buffer.subarray(colon + 1, colon + 1 + length).toString(),
      );
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (Array.isArray(message) && message[0] === 1) {
        const [, id, error, result] = message as [1, number, Reply['error'], unknown];
        this.pending.get(id)?.({ error, result });
        this.pending.delete(id);
      } else if (this.greeted) {
        this.greeted();
        this.greeted = null;
      }
    }
  }
}
