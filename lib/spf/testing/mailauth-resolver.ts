import type { DnsClient, DnsStatus, RrType } from "@/lib/dns/types";

/** node:dns error codes for each status, as `dns.promises.resolve` rejects. */
const ERROR_CODES: Record<Exclude<DnsStatus, "ok">, string> = {
  nxdomain: "ENOTFOUND",
  nodata: "ENODATA",
  timeout: "ETIMEOUT",
  servfail: "ESERVFAIL",
  refused: "EREFUSED",
  error: "EBADNAME",
};

/**
 * A resolver in the shape of `dns.promises.resolve` (what mailauth accepts) serving the same
 * answers as `client`: TXT as string[][], MX as {priority, exchange}[], others as string[].
 */
export function mailauthResolver(client: DnsClient): (name: string, type: string) => Promise<string[][] | string[]> {
  return async (name, type) => {
    const answer = await client.query(name, type as RrType);
    if (answer.status !== "ok") {
      const err = new Error(`${ERROR_CODES[answer.status]} ${name} ${type}`) as Error & { code: string };
      err.code = ERROR_CODES[answer.status];
      throw err;
    }
    return answer.records.map((r) => {
      const data: unknown = r.data;
      if (type === "MX") {
        const mx = data as { preference: number; exchange: string };
        return { priority: mx.preference, exchange: mx.exchange };
      }
      return data;
    }) as string[][] | string[];
  };
}
