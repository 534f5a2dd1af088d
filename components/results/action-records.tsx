import { PanelTable } from "@/components/results/panel-table";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { DiagnosisAction } from "@/lib/wizard/types";

interface ActionRecordsProps {
  action: DiagnosisAction;
  locale: Locale;
  idPrefix: string;
}

/** The records of an action as panel tables: to set, to delete, or to copy from the host's panel (templates). */
export function ActionRecords({ action, locale, idPrefix }: ActionRecordsProps) {
  const t = resultsMessages[locale].actions;
  const templates = action.templates ?? [];
  if (action.records.length === 0 && templates.length === 0) return null;
  return (
    <div className="space-y-4">
      {action.records.map((record, i) => {
        const remove = record.role === "delete";
        return (
          <section
            key={`r${i}`}
            className={`space-y-2 rounded-md border-l-4 pl-3 ${remove ? "border-red-700" : "border-blue-700"}`}
          >
            <h4 className="flex flex-wrap items-center gap-2 text-base font-bold text-slate-900">
              {remove ? (
                <span className="rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-xs font-bold text-red-900">
                  <span aria-hidden="true">✕ </span>
                  {t.deleteRecord}
                </span>
              ) : (
                <span>{t.setRecord}</span>
              )}
            </h4>
            <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{t.recordName(record.name)}</p>
            {remove ? <p className="text-sm text-slate-800">{t.deleteNote}</p> : null}
            <PanelTable rows={record.panel[locale]} locale={locale} idPrefix={`${idPrefix}-r${i}`} />
          </section>
        );
      })}
      {templates.map((template, i) => (
        <section key={`t${i}`} className="space-y-2 rounded-md border-l-4 border-slate-500 pl-3">
          <h4 className="text-base font-bold text-slate-900">{t.templateRecord}</h4>
          <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{t.recordName(template.name)}</p>
          <p className="text-sm text-slate-800">{t.templateNote}</p>
          <PanelTable rows={template.panel[locale]} locale={locale} idPrefix={`${idPrefix}-t${i}`} template />
        </section>
      ))}
    </div>
  );
}
