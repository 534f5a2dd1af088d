import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";

/** What the wizard's pages need from the hosting profile: plain data a client component may receive. */
export function profileHint(profile: HostingProfile) {
  return { name: profile.name, hostExample: profile.serverHost.example, hostWhere: profile.serverHost.where, hostPattern: profile.serverHost.pattern };
}
