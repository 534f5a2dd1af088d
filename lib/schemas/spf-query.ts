import { z } from "zod";
import { domainSchema, hostNameSchema, ipSchema, mailboxSchema } from "@/lib/schemas/domain";

/** Empty query parameters mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** `GET /api/v1/spf?domain=&ip=&sender=&helo=` */
export const spfQuerySchema = z.object({
  domain: domainSchema,
  ip: optional(ipSchema),
  sender: optional(mailboxSchema),
  helo: optional(hostNameSchema),
});

export type SpfQuery = z.infer<typeof spfQuerySchema>;
