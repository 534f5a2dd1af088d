import type { Metadata } from "next";
import { WizardScreen } from "@/components/wizard/wizard-screen";
import { getHostingProfile } from "@/lib/fix/hosting-profile";
import { profileHint } from "@/lib/fix/profile-hint";

export const metadata: Metadata = {
  title: "todoku — Gmail に届かないメールの診断",
  alternates: { languages: { en: "/en" } },
};

export default function HomePage() {
  return <WizardScreen locale="ja" profile={profileHint(getHostingProfile())} />;
}
