import type { Metadata } from "next";
import { WizardScreen } from "@/components/wizard/wizard-screen";
import { getHostingProfile } from "@/lib/fix/hosting-profile";
import { profileHint } from "@/lib/fix/profile-hint";

export const metadata: Metadata = {
  title: "todoku — when your mail doesn't reach Gmail",
  alternates: { languages: { ja: "/" } },
};

export default function EnglishHomePage() {
  return <WizardScreen locale="en" profile={profileHint(getHostingProfile())} />;
}
