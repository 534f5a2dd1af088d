export { analyzeSpf, type AnalyzeSpfInput, type AnalyzeSpfOptions } from "@/lib/spf/analyze";
export type { SpfAnalysis, SpfLookupTotals, SpfNodeStatus, SpfTreeNode, SpfTreeTerm } from "@/lib/spf/analyze-types";
export { checkHost, type CheckHostInput, type CheckHostOptions, type CheckHostResult, type DecidingTerm } from "@/lib/spf/evaluate";
export type { SpfProblem, SpfProblemCode, TermRef } from "@/lib/spf/eval-context";
export { clientAddress, formatIp, parseIp, type IpAddress } from "@/lib/spf/ip";
export { expandMacros, expandMacroString, type MacroContext } from "@/lib/spf/macro";
export { parseSpf, isSpfRecordText } from "@/lib/spf/parse";
export { SPF_RESULTS, QUALIFIER_RESULTS, type Qualifier, type SpfResult } from "@/lib/spf/results";
export type { ParsedSpf, SpfSyntaxCode, SpfSyntaxError, SpfTerm } from "@/lib/spf/types";
