"use client";

import { useMemo, useSyncExternalStore } from "react";

/**
 * The pasted error mail and what the server read from it stay in this browser tab only
 * (sessionStorage: gone when the tab closes), so a reload or the back button keeps them without
 * the mail ever entering a URL or a server-side store.
 */
const TEXT_KEY = "todoku.bounce.text";
const READING_KEY = "todoku.bounce.reading";

/** The fields of `POST /api/v1/bounce`'s answer the wizard shows and pre-fills from. */
export interface BounceReading {
  category: string;
  title: string;
  explanation: string;
  dnsFixable: boolean;
  status: string | null;
  replyCode: string | null;
  gmail: boolean;
  scenario: "direct" | "forward" | "list" | null;
  domain: string | null;
  ip: string | null;
  sender: string | null;
  from: string | null;
  recipient: string | null;
  originalRecipient: string | null;
  listId: string | null;
  reportingMta: string | null;
  dkim: { domain: string; selector: string } | null;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function saveBounce(text: string, reading: BounceReading): void {
  try {
    storage()?.setItem(TEXT_KEY, text);
    storage()?.setItem(READING_KEY, JSON.stringify(reading));
  } catch {
    // Storage full or refused: the wizard still works within this page view.
  }
}

export function loadBounceText(): string | null {
  return storage()?.getItem(TEXT_KEY) ?? null;
}

export function loadBounceReading(): BounceReading | null {
  try {
    const raw = storage()?.getItem(READING_KEY);
    return raw ? (JSON.parse(raw) as BounceReading) : null;
  } catch {
    return null;
  }
}

export function clearBounce(): void {
  storage()?.removeItem(TEXT_KEY);
  storage()?.removeItem(READING_KEY);
}

const noSubscription = () => () => undefined;

/**
 * The stored reading, without a hydration mismatch: the server renders as if there were none,
 * the browser then shows the one kept in this tab.
 */
export function useBounceReading(): BounceReading | null {
  const raw = useSyncExternalStore(noSubscription, () => storage()?.getItem(READING_KEY) ?? null, () => null);
  return useMemo(() => {
    try {
      return raw ? (JSON.parse(raw) as BounceReading) : null;
    } catch {
      return null;
    }
  }, [raw]);
}
