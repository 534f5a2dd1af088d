import type { BounceAnalysis } from "@/lib/bounce";
import type { Answers } from "@/lib/wizard/flow";

function domainOf(address: string | null | undefined): string | undefined {
  const at = address?.lastIndexOf("@") ?? -1;
  return address && at >= 0 ? address.slice(at + 1).replace(/>$/, "").toLowerCase() || undefined : undefined;
}

/** "<members.ml.example.jp>" → "ml.example.jp": a List-Id is a label in front of the list's domain (RFC 2919 §2). */
function listIdDomain(listId: string | null): string | undefined {
  const id = listId?.match(/<([^>]+)>/)?.[1] ?? listId ?? undefined;
  const labels = id?.split(".") ?? [];
  return labels.length > 2 ? labels.slice(1).join(".").toLowerCase() : undefined;
}

type BounceFactsForPrefill = Pick<BounceAnalysis, "scenario" | "domain" | "sender" | "from" | "originalRecipient" | "ip" | "dkim" | "listId"> & { reportingMta?: string | null };

/**
 * The wizard's answers as far as the error mail tells them: the path, the domain to check (the
 * sender's on the direct path, the forwarding address's on the forward path, the list's own on
 * the list path), the IP Gmail saw and the DKIM selector. The customer confirms them.
 */
export function answersFromBounce(bounce: BounceFactsForPrefill, serverHostPattern?: string): Answers {
  const scenario = bounce.scenario ?? "direct";
  const senderDomain = domainOf(bounce.sender) ?? domainOf(bounce.from);
  const answers: Answers = { scenario };
  if (scenario === "forward") {
    const forwarding = domainOf(bounce.originalRecipient);
    if (forwarding) answers.domain = forwarding;
    const original = bounce.domain ?? senderDomain;
    if (original && original !== forwarding) answers.originalDomain = original;
  } else if (scenario === "list") {
    const list = senderDomain ?? listIdDomain(bounce.listId);
    if (list) {
      answers.listDomain = list;
      answers.domain = list;
    }
  } else {
    const domain = bounce.domain ?? senderDomain;
    if (domain) answers.domain = domain;
  }
  if (bounce.ip) answers.ip = bounce.ip;
  // The server that reported the failure is the customer's own when it has the host's name form.
  const reporter = bounce.reportingMta?.toLowerCase().replace(/\.$/, "");
  if (reporter && serverHostPattern && new RegExp(serverHostPattern, "i").test(reporter)) answers.serverHost = reporter;
  const checked = answers.listDomain ?? answers.domain;
  if (bounce.dkim && checked && (bounce.dkim.domain.toLowerCase() === checked || bounce.dkim.domain.toLowerCase().endsWith(`.${checked}`))) {
    answers.dkimSelector = bounce.dkim.selector;
  }
  return answers;
}
