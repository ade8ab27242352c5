import type { webApi } from "@slack/bolt";
import { PlatformApiError } from "../../src/errors";
import type { ApiReporter } from "./api-reporter";

/**
 * Finds the bot's DM channel with a user (conversations.open, which is idempotent) and remembers it, so a
 * questionnaire does not open the same conversation for every question. Bounded: oldest entries go first.
 */
export class DmChannels {
  private readonly channels = new Map<string, string>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly reporter: ApiReporter,
    private readonly maxEntries = 10_000,
  ) {}

  async open(userId: string): Promise<string> {
    const known = this.channels.get(userId);
    if (known !== undefined) return known;
    let channelId: string | undefined;
    try {
      const result = await this.client.conversations.open({ users: userId });
      channelId = result.channel?.id;
    } catch (error) {
      this.reporter.failed("conversations.open");
      throw error;
    }
    if (channelId === undefined) {
      this.reporter.failed("conversations.open");
      throw new PlatformApiError(
        "conversations.open answered without a channel id; is the im:write scope granted?",
      );
    }
    if (this.channels.size >= this.maxEntries) {
      const oldest = this.channels.keys().next();
      if (oldest.done !== true) this.channels.delete(oldest.value);
    }
    this.channels.set(userId, channelId);
    return channelId;
  }
}
