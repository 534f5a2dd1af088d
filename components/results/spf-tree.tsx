import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { SpfTreeNode, SpfTreeTerm } from "@/lib/spf/analyze-types";

const TAG = "inline-flex items-center gap-1 rounded border px-1.5 text-xs font-bold whitespace-nowrap";

function TermItem({ term, locale }: { term: SpfTreeTerm; locale: Locale }) {
  const t = resultsMessages[locale].spf;
  return (
    <li className="space-y-1">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <code className={`font-mono text-sm [overflow-wrap:anywhere] ${term.reachable ? "text-slate-950" : "text-slate-700 line-through"}`}>{term.text}</code>
        {term.lookupIndexes.length > 0 ? (
          <span className={`${TAG} ${term.overLimit ? "border-red-700 bg-red-50 text-red-900" : "border-slate-500 bg-white text-slate-800"}`}>
            {term.overLimit ? <span aria-hidden="true">✕</span> : null}
            {t.termLookups(term.lookupIndexes, term.overLimit)}
          </span>
        ) : null}
        {term.voidLookups > 0 ? (
          <span className={`${TAG} border-amber-700 bg-amber-50 text-amber-950`}>
            <span aria-hidden="true">!</span>
            {t.termVoid(term.voidIndex)}
          </span>
        ) : null}
        {!term.reachable ? <span className={`${TAG} border-slate-500 bg-slate-100 text-slate-800`}>{t.termUnreachable}</span> : null}
      </div>
      {term.child ? <SpfTreeNodeView node={term.child} locale={locale} /> : null}
    </li>
  );
}

/** One SPF record in the include tree: its domain, status, lookups below it, and its terms. */
export function SpfTreeNodeView({ node, locale }: { node: SpfTreeNode; locale: Locale }) {
  const t = resultsMessages[locale].spf;
  const bad = node.status !== "ok";
  return (
    <div className="space-y-1 border-l-2 border-slate-400 pl-3">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="font-mono font-bold [overflow-wrap:anywhere] text-slate-950">{node.domain}</span>
        <span className={`${TAG} ${bad ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}>
          <span aria-hidden="true">{bad ? "✕" : "✓"}</span>
          {t.nodeStatus[node.status]}
        </span>
        <span className="text-slate-700">{t.nodeLookups(node.lookups, node.voidLookups)}</span>
      </p>
      {node.terms.length > 0 ? (
        <ul className="space-y-1 pl-1">
          {node.terms.map((term, i) => (
            <TermItem key={`${term.start}-${i}`} term={term} locale={locale} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
