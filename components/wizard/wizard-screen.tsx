import { Suspense } from "react";
import { DocumentLang } from "@/components/site/document-lang";
import { Wizard } from "@/components/wizard/wizard";
import type { ProfileHint } from "@/components/wizard/step-question";
import type { Locale } from "@/lib/i18n/locales";
import { embedMessages } from "@/lib/i18n/messages/embed";
import { wizardMessages } from "@/lib/i18n/messages/wizard";

/**
 * The wizard page's content: a server-rendered introduction, then the wizard. `embedded` (the
 * FAQ page's iframe) keeps only a short title: the FAQ page around it already explains.
 */
export function WizardScreen({ locale, profile, embedded = false }: { locale: Locale; profile: ProfileHint; embedded?: boolean }) {
  const t = wizardMessages[locale].intro;
  return (
    <div className={embedded ? "space-y-4" : "space-y-6"}>
      <DocumentLang locale={locale} />
      {embedded ? (
        <h1 className="text-base font-bold text-slate-900">{embedMessages[locale].title}</h1>
      ) : (
        <div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t.title}</h1>
          <p className="mt-2 text-slate-700">{t.lead}</p>
        </div>
      )}
      <Suspense>
        <Wizard locale={locale} profile={profile} embedded={embedded} />
      </Suspense>
    </div>
  );
}
