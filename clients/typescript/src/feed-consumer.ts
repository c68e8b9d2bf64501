// A change-feed consumer that resumes where it stopped: it keeps the feed's cursor in a file and saves it
// after each page it has handled, so a restart misses no entry. A crash between handling a page and saving
// its cursor hands that page over again, so handling must be idempotent (an entry's `id` is unique).
import type { Client } from "openapi-fetch";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { components, paths } from "./schema.js";

export type ChangeEvent = components["schemas"]["ChangeEvent"];

/**
 * Hands every entry after the saved position to `handle`, oldest first, and returns how many. With
 * `waitSeconds` (at most 30), an empty end of the feed is waited on once, so that a loop follows the feed.
 */
export async function readOn(client: Client<paths>, cursorFile: string, handle: (entry: ChangeEvent) => void,
  waitSeconds = 0): Promise<number> {
  let after = existsSync(cursorFile) ? readFileSync(cursorFile, "utf8").trim() : undefined;
  let handled = 0;
  for (;;) {
    const wait = handled === 0 && waitSeconds > 0 ? `PT${waitSeconds}S` : undefined;
    const { data, error, response } = await client.GET("/api/v2/changes", {
      params: { query: { after, limit: 500, wait } },
    });
    if (data === undefined) {
      throw new Error(`change feed: ${response.status} ${error?.detail ?? ""}`);
    }
    data.items.forEach(handle);
    handled += data.items.length;
    after = data.cursor;
    writeFileSync(`${cursorFile}.tmp`, after);
    renameSync(`${cursorFile}.tmp`, cursorFile);
    if (data.items.length === 0) {
      return handled;
    }
  }
}
