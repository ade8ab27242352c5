import { webApi } from "@slack/bolt";

/**
 * What came of one call to Slack. `refused` means Slack answered and definitely did not post (ok:false, or
 * a response_url that said no): safe to deliver elsewhere. Any other failure (a timeout, a 5xx after the
 * client's retries) leaves it unknown whether the message went out, so we never retry it elsewhere.
 */
export type Outcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly refused: boolean; readonly reason: string };

export const delivered: Outcome = { ok: true };

/** Runs a Web API call and classifies its failure instead of throwing. */
export async function attempt(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return delivered;
  } catch (error) {
    return classify(error);
  }
}

export function classify(error: unknown): Outcome {
  if (error instanceof webApi.WebAPIPlatformError) {
    return { ok: false, refused: true, reason: error.data.error };
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return { ok: false, refused: false, reason: `HTTP ${error.statusCode}` };
  }
  return { ok: false, refused: false, reason: error instanceof Error ? error.message : String(error) };
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Posts to a response_url (slash commands, clicks). Slack answers 200 when it posted and 404 or similar
 * with a short reason (expired_url, used_url) when it did not.
 */
export async function postToResponseUrl(
  fetchImpl: FetchLike,
  url: string,
  message: Record<string, unknown>,
): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(message),
    });
  } catch (error) {
    return { ok: false, refused: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const body = await response.text().catch(() => "");
  if (response.ok) return delivered;
  return {
    ok: false,
    refused: true,
    reason: `response_url answered ${response.status} ${body.slice(0, 80)}`.trim(),
  };
}
