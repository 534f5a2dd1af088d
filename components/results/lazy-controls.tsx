"use client";

import dynamic from "next/dynamic";

// The results' interactive controls load only when they are shown. A shared result (read-only,
// rendered on the server) never shows them, yet a static import would put their code on its first
// load: the host form brings zod and react-hook-form, the picker the table of DNS providers.

/** "Which server sends your mail?" inside an action that needs the host name. */
export const LazyServerHostForm = dynamic(() => import("@/components/results/server-host-form").then((m) => m.ServerHostForm));

/** "Is this your DNS provider?" choice under the detected provider. */
export const LazyProviderPicker = dynamic(() => import("@/components/results/provider-picker").then((m) => m.ProviderPicker));
