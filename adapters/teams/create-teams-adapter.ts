import type { Storage } from "botbuilder";
import type { Logger } from "pino";
import type { ConversationCore } from "../../src/conversation/types";
import type { PlatformAdapter, PlatformObserver } from "../../src/server/platform-adapter";
import { createConversationRateLimiter } from "./conversation-rate-limiter";
import { createConversationReferenceStore } from "./conversation-reference-store";
import { createChannelPoster } from "./create-channel-poster";
import { createCloudAdapter } from "./create-cloud-adapter";
import { createDirectMessenger } from "./create-direct-messenger";
import { createLimitedSender } from "./create-limited-sender";
import { createMessagesRoute } from "./create-messages-route";
import { createTurnHandler } from "./create-turn-handler";

export interface TeamsAdapterOptions {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType?: "SingleTenant" | "UserAssignedMSI";
  readonly tenantId?: string;
  /** TEAMS_LOCAL=1: authentication off, for the Emulator or Agents Playground. */
  readonly local?: boolean;
  readonly core: ConversationCore;
  /** Where conversation references live (1:1 chats, installs): a botbuilder Storage of the caller's choice. */
  readonly storage: Storage;
  readonly logger: Logger;
  /** Told about connector calls that failed for good and about retry rounds after a 429, for metrics. */
  readonly observer?: PlatformObserver;
}

/** How long stop() waits for turns in flight before giving up on them. */
const STOP_GRACE_MS = 10_000;

/**
 * The Microsoft Teams adapter: one route, POST /api/messages, that turns Bot Framework activities into
 * core events and delivers the core's replies as thread replies, 1:1 messages, new channel posts and
 * Adaptive Cards.
 * Throws ConfigInvalidError when the credentials cannot work.
 */
export function createTeamsAdapter(options: TeamsAdapterOptions): PlatformAdapter {
  const logger = options.logger.child({ platform: "teams" });
  const { adapter, appId } = createCloudAdapter(options);
  adapter.onTurnError = async (_context, error) => {
    logger.error({ err: error }, "The Bot Framework pipeline failed on a Teams turn");
  };
  const references = createConversationReferenceStore(options.storage);
  const send = createLimitedSender({
    limiter: createConversationRateLimiter(),
    logger,
    ...(options.observer === undefined ? {} : { observer: options.observer }),
  });
  const direct = createDirectMessenger({ adapter, appId, references, send });
  const channel = createChannelPoster({ adapter, appId, references, send });
  const delivery = { send, direct, channel };
  const logic = createTurnHandler({ core: options.core, delivery, references, logger });

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const track = (turn: () => Promise<void>): Promise<void> | undefined => {
    if (stopping) return undefined;
    const running = turn();
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return running;
  };

  const route = createMessagesRoute({ adapter, logic, logger, authEnabled: appId !== "", track });
  return {
    name: "teams",
    routes: [route],
    start: async () => {},
    async stop() {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, STOP_GRACE_MS);
      });
      await Promise.race([Promise.all([...inFlight]), grace]);
      clearTimeout(timer);
    },
    readiness: () => (stopping ? { ready: false, reason: "the Teams adapter is stopping" } : { ready: true }),
  };
}
