import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import type { JsonObject } from "./fake-slack-api";

/**
 * A local Socket Mode endpoint: greets each connection with `hello` the way Slack does, sends envelopes
 * the test gives it, and records what the client sends back (acks carry the envelope_id).
 */
export class FakeSocketMode {
  readonly received: JsonObject[] = [];
  private readonly events = new EventEmitter();
  private socket: WebSocket | undefined;

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {
    server.on("connection", (socket) => {
      this.socket = socket;
      socket.on("message", (data) => {
        this.received.push(JSON.parse(String(data)) as JsonObject);
        this.events.emit("message");
      });
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "applink-fake", build_number: 1, approximate_connection_time: 18060 },
          connection_info: { app_id: "A0001" },
        }),
      );
      this.events.emit("connection");
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    const { port } = server.address() as AddressInfo;
    return new FakeSocketMode(server, `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=A0001`);
  }

  send(envelope: JsonObject): void {
    if (this.socket === undefined) throw new Error("no Socket Mode client is connected");
    this.socket.send(JSON.stringify(envelope));
  }

  /** Resolves with the client's acknowledgement of the envelope. */
  waitForAck(envelopeId: string, timeoutMs = 8000): Promise<JsonObject> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const ack = this.received.find((message) => message.envelope_id === envelopeId);
        if (ack === undefined) return false;
        clearTimeout(timer);
        this.events.off("message", check);
        resolve(ack);
        return true;
      };
      const timer = setTimeout(() => {
        this.events.off("message", check);
        reject(new Error(`no ack for envelope ${envelopeId}; received ${JSON.stringify(this.received)}`));
      }, timeoutMs);
      if (!check()) this.events.on("message", check);
    });
  }

  /** Simulates Slack dropping the connection. */
  dropConnection(): void {
    this.socket?.terminate();
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
