export { CHECK_STATUSES, isCheckStatus, statusFromFindings, type CheckResult, type CheckStatus } from "@/lib/checks/types";
export { checkDomain, organizationalDomain } from "@/lib/checks/domain-input";
export { checkDmarc, type CheckDmarcOptions, type DmarcCheck, type DmarcReportDestination } from "@/lib/checks/dmarc";
export { DMARC_POLICIES, isDmarcRecordText, parseDmarcRecord, parseDmarcUri, type DmarcIssue, type DmarcPolicy, type DmarcReportUri, type ParsedDmarc } from "@/lib/checks/parse-dmarc";
export {
  checkDkim,
  DKIM_SELECTOR_SOURCES,
  type CheckDkimOptions,
  type DkimCheck,
  type DkimSelectorInput,
  type DkimSelectorResult,
  type DkimSelectorSource,
} from "@/lib/checks/dkim";
export { DKIM_KEY_TYPES, parseDkimKeyRecord, type DkimKeyIssue, type DkimKeyType, type ParsedDkimKey } from "@/lib/checks/parse-dkim-key";
export { inspectDkimPublicKey, type DkimKeyInspection } from "@/lib/checks/dkim-key";
export { checkPtr, guessServerHost, serverHostFromPtr, type CheckPtrOptions, type PtrCheck, type PtrForward } from "@/lib/checks/ptr";
export { checkMx, type CheckMxOptions, type MxCheck, type MxHost } from "@/lib/checks/mx";
export { checkNs, type CheckNsOptions, type NsCheck, type NsServer } from "@/lib/checks/ns";
export {
  checkPropagation,
  PROPAGATION_STATES,
  type AuthoritativeView,
  type PropagationOptions,
  type PropagationQuery,
  type PropagationResult,
  type PropagationState,
  type RecursiveView,
} from "@/lib/checks/propagation";
export { matchesExpectation, recordValue, type PropagationExpect } from "@/lib/checks/propagation-expect";
