import { type Activity, type ConversationReference, type Storage, TurnContext } from "botbuilder";
import { splitConversationId } from "./split-conversation-id";
import { tenantIdOf } from "./to-incoming-event";

interface StoredReference {
  readonly reference: Partial<ConversationReference>;
  readonly storedAt: string;
}

export interface ConversationReferenceStore {
  /** The 1:1 conversation with a user, if the bot has opened or been installed in one. */
  readDirect(tenantId: string, userId: string): Promise<Partial<ConversationReference> | undefined>;
  writeDirect(tenantId: string, userId: string, reference: Partial<ConversationReference>): Promise<void>;
  /** Remembers a conversation the bot was added to; false when it was already known (no second welcome). */
  rememberInstall(reference: Partial<ConversationReference>): Promise<boolean>;
  /** A channel or chat the bot has seen, by its id without a thread suffix: where new posts go. */
  readConversation(conversationId: string): Promise<Partial<ConversationReference> | undefined>;
  /** Remembers the conversation of a turn. Meant for every turn: it writes only what is new or getting old. */
  rememberConversation(activity: Partial<Activity>): Promise<void>;
}

const directKey = (tenantId: string, userId: string) => `teams/direct/${tenantId}/${userId}`;
const installKey = (conversationId: string) => `teams/install/${conversationId}`;
const conversationKey = (conversationId: string) => `teams/conversation/${conversationId}`;

/** Rewritten this often even when unchanged, so an emptied store fills up again without a restart. */
const REFRESH_MS = 60 * 60 * 1_000;
/** Bounds the memory of what was written; forgetting only costs a repeated write. */
const MAX_REMEMBERED = 10_000;

function isStoredReference(value: unknown): value is StoredReference {
  return (
    typeof value === "object" && value !== null && "reference" in value && typeof value.reference === "object"
  );
}

/**
 * The reference for posting anew into a turn's channel or chat: no thread, no user, no activity, but
 * the tenant, which a new channel post needs and Teams does not always put on the conversation.
 */
export function conversationReferenceOf(
  activity: Partial<Activity>,
): Partial<ConversationReference> | undefined {
  const conversation = activity.conversation;
  if (!conversation?.id || !activity.serviceUrl) return undefined;
  const { activityId: _activity, user: _user, ...reference } = TurnContext.getConversationReference(activity);
  const tenantId = tenantIdOf(activity) ?? conversation.tenantId;
  return {
    ...reference,
    conversation: {
      ...conversation,
      id: splitConversationId(conversation.id).channelId,
      ...(tenantId === undefined ? {} : { tenantId }),
    },
  };
}

/** Conversation references in any botbuilder Storage (Redis in production, MemoryStorage in tests). */
export function createConversationReferenceStore(
  storage: Storage,
  now: () => number = Date.now,
): ConversationReferenceStore {
  const written = new Map<string, { readonly json: string; readonly at: number }>();

  async function read(key: string): Promise<StoredReference | undefined> {
    const item: unknown = (await storage.read([key]))[key];
    return isStoredReference(item) ? item : undefined;
  }
  async function write(key: string, reference: Partial<ConversationReference>): Promise<void> {
    const item: StoredReference & { eTag: string } = {
      reference,
      storedAt: new Date(now()).toISOString(),
      // Last writer wins: a reference only ever gets fresher.
      eTag: "*",
    };
    await storage.write({ [key]: item });
  }
  return {
    async readDirect(tenantId, userId) {
      return (await read(directKey(tenantId, userId)))?.reference;
    },
    writeDirect: (tenantId, userId, reference) => write(directKey(tenantId, userId), reference),
    async rememberInstall(reference) {
      const conversationId = reference.conversation?.id;
      if (conversationId === undefined) return false;
      const key = installKey(conversationId);
      if ((await read(key)) !== undefined) return false;
      await write(key, reference);
      return true;
    },
    async readConversation(conversationId) {
      return (await read(conversationKey(splitConversationId(conversationId).channelId)))?.reference;
    },
    async rememberConversation(activity) {
      const reference = conversationReferenceOf(activity);
      const id = reference?.conversation?.id;
      if (reference === undefined || id === undefined) return;
      const json = JSON.stringify(reference);
      const last = written.get(id);
      if (last !== undefined && last.json === json && now() - last.at < REFRESH_MS) return;
      await write(conversationKey(id), reference);
      if (written.size >= MAX_REMEMBERED) written.clear();
      written.set(id, { json, at: now() });
    },
  };
}
