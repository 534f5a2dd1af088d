"use client";

import { useEffect } from "react";
import { resizeMessage } from "@/lib/embed/messages";

/**
 * Tells the framing page (public/embed.js) how tall the document is, so the iframe fits its
 * content with no inner scrollbar: on load and whenever the layout changes size, at most once per
 * frame, and only when the height changed.
 *
 * The message goes to any parent origin ("*"): a height is no secret, and only origins allowed by
 * `frame-ancestors` can frame this page at all. The loader checks the other way round.
 */
export function HeightReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    const html = document.documentElement;
    const body = document.body;
    // Marks the document as reporting (the e2e waits for it before comparing heights).
    html.dataset.heightReporter = "on";

    let last = 0;
    let frame = 0;
    const report = () => {
      frame = 0;
      const message = resizeMessage(html.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      window.parent.postMessage(message, "*");
    };
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(report);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(html);
    observer.observe(body);
    // Browsers skip animation frames in offscreen cross-origin frames: report the loaded size at once.
    window.addEventListener("load", report);
    report();
    return () => {
      observer.disconnect();
      window.removeEventListener("load", report);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
