import { getStore } from "@/lib/store";

/**
 * The HTTP status of a `/r/{id}` page: 200 for a stored result, 404 for an unknown id, 410 for
 * an expired one. Storage trouble is 200: the page itself then says it cannot load the result.
 */
export async function sharedResultStatus(id: string): Promise<200 | 404 | 410> {
  try {
    const lookup = await (await getStore()).snapshots.get(id);
    return lookup.status === "not_found" ? 404 : lookup.status === "expired" ? 410 : 200;
  } catch {
    return 200;
  }
}
