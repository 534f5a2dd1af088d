import { Suspense } from "react";
import { DocumentLang } from "@/components/site/document-lang";
import { Wizard } from "@/components/wizard/wizard";
import type { ProfileHint } from "@/components/wizard/step-question";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";

/** The wizard page's content: a server-rendered introduction, then the wizard. */
export function WizardScreen({ locale, profile }: { locale: Locale; profile: ProfileHint }) {
  const t = wizardMessages[locale].intro;
  return (
    <div className="space-y-6">
      <DocumentLang locale={locale} />
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t.title}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
      </div>
      <Suspense>
        <Wizard locale={locale} profile={profile} />
      </Suspense>
    </div>
  );
}
