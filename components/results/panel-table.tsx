import { CopyButton } from "@/components/results/copy-button";
import type { PanelRow } from "@/lib/fix/record-format";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

export interface PanelTableProps {
  rows: PanelRow[];
  locale: Locale;
  /** Unique on the page: the value elements' ids (for the copy fallback) start with it. */
  idPrefix: string;
  /** A template (DKIM): the value field is filled from the host's panel, not from us. */
  template?: boolean;
}

const domId = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, "-");

/**
 * One record as the DNS panel asks for it: each field's label exactly as the panel shows it,
 * the value to type (monospace, selectable, wrapping) and a copy button where it helps.
 * Label/value pairs stack on narrow screens and sit side by side from `sm` up.
 */
export function PanelTable({ rows, locale, idPrefix, template = false }: PanelTableProps) {
  const t = resultsMessages[locale].actions;
  return (
    <dl className="divide-y divide-slate-300 rounded-md border border-slate-400 bg-white">
      {rows.map((row) => {
        const valueId = domId(`${idPrefix}-${row.key}`);
        const fromPanel = template && row.value === "";
        return (
          <div key={row.key} className="grid gap-1 p-3 sm:grid-cols-[minmax(7rem,11rem)_minmax(0,1fr)] sm:gap-4">
            <dt className="text-sm font-bold text-slate-800 [overflow-wrap:anywhere]">{row.label}</dt>
            <dd className="min-w-0 space-y-2">
              {fromPanel ? (
                <p className="text-sm text-slate-800 italic">{t.templateValue}</p>
              ) : row.value === "" ? (
                <p className="text-sm text-slate-800">{t.blank}</p>
              ) : (
                <code
                  id={valueId}
                  data-row={row.key}
                  className="block rounded border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-sm whitespace-pre-wrap text-slate-950 select-all [overflow-wrap:anywhere]"
                >
                  {row.value}
                </code>
              )}
              {row.copy && row.value !== "" ? <CopyButton text={row.value} what={row.label} locale={locale} targetId={valueId} /> : null}
              {row.hint ? <p className="text-sm text-slate-700">{row.hint}</p> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
