import { MemoryStorage, type StoreItems } from "botbuilder";
import { createConversationReferenceStore } from "../../adapters/teams/conversation-reference-store";
import { loadActivity, loadRawActivity } from "./support/load-activity";

const CHANNEL = "19:abc@thread.tacv2";
const TENANT = "9a7b6c5d-1111-4222-8333-444455556666";

/** MemoryStorage that counts its writes, to see which turns cost a storage round trip. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

describe("the conversation reference store", () => {
  it("remembers a channel by its id without the thread, with the tenant but without the user", async () => {
    const store = createConversationReferenceStore(new MemoryStorage());

    await store.rememberConversation(loadActivity("channel-conflation"));

    const reference = await store.readConversation(`${CHANNEL};messageid=1700000000000`);
    expect(reference).toMatchObject({
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      channelId: "msteams",
      bot: { id: "28:5d0c1a7e-3b2f-4c6d-9e8f-0a1b2c3d4e5f" },
      conversation: { id: CHANNEL, conversationType: "channel", tenantId: TENANT },
    });
    expect(reference?.user).toBeUndefined();
    expect(reference?.activityId).toBeUndefined();
    expect(await store.readConversation("19:other@thread.tacv2")).toBeUndefined();
  });

  it("takes the tenant from channelData when the conversation does not carry it", async () => {
    const store = createConversationReferenceStore(new MemoryStorage());
    const { tenantId: _dropped, ...conversation } = loadRawActivity("group-chat-message").conversation as {
      tenantId?: string;
    };

    await store.rememberConversation(loadActivity("group-chat-message", { conversation }));

    const reference = await store.readConversation("19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.v2");
    expect(reference?.conversation).toMatchObject({ conversationType: "groupChat", tenantId: TENANT });
  });

  it("writes a reference again only when it changed or an hour has passed", async () => {
    const storage = new CountingStorage();
    let now = 0;
    const store = createConversationReferenceStore(storage, () => now);
    const post = loadActivity("channel-conflation");

    await store.rememberConversation(post);
    await store.rememberConversation(loadActivity("channel-thread-reply-conflation"));
    expect(storage.writes).toBe(1);

    await store.rememberConversation({ ...post, serviceUrl: "https://smba.trafficmanager.net/amer/" });
    expect(storage.writes).toBe(2);
    expect((await store.readConversation(CHANNEL))?.serviceUrl).toBe("https://smba.trafficmanager.net/amer/");

    now = 60 * 60 * 1_000;
    await store.rememberConversation({ ...post, serviceUrl: "https://smba.trafficmanager.net/amer/" });
    expect(storage.writes).toBe(3);
  });

  it("ignores an activity without a conversation or a serviceUrl", async () => {
    const storage = new CountingStorage();
    const store = createConversationReferenceStore(storage);

    await store.rememberConversation({ ...loadActivity("channel-conflation"), serviceUrl: "" });

    expect(storage.writes).toBe(0);
  });
});
