/*
 * todoku embed loader. On a FAQ page, either
 *   <script src="https://APP/embed.js" data-lang="ja" async></script>   (the wizard goes right after it)
 * or placeholders anywhere, filled by one copy of the script:
 *   <div data-todoku-embed data-lang="en"></div>
 * The iframe's height follows its content: it accepts only todoku's resize messages, from the
 * app's own origin and from that very iframe. Safe to include twice. See the README.
 */
(() => {
  "use strict";
  // currentScript is null only in odd cases (e.g. run from a callback); then the last embed.js.
  const script =
    document.currentScript ||
    Array.prototype.slice.call(document.querySelectorAll("script[src]")).reverse().find((s) => /\/embed\.js(?:[?#]|$)/.test(s.src));
  if (!script) return;
  const origin = new URL(script.src, location.href).origin;
  // Non-ASCII as escapes: the FAQ page may not be UTF-8.
  const TITLE = { ja: "Gmail \u306b\u5c4a\u304b\u306a\u3044\u30e1\u30fc\u30eb\u306e\u8a3a\u65ad", en: "Diagnose mail that doesn't reach Gmail" };
  const ns = (window.todokuEmbed = window.todokuEmbed || { frames: [] });

  if (!ns.listening) {
    ns.listening = true;
    window.addEventListener("message", (event) => {
      const entry = event.source && ns.frames.find((f) => f.frame.contentWindow === event.source);
      const d = event.data;
      if (!entry || event.origin !== entry.origin || !d || typeof d !== "object") return;
      // The same check as lib/embed/messages.ts isResizeMessage.
      const ok =
        Object.keys(d).sort().join() === "height,source,type,version" &&
        d.source === "todoku" && d.type === "resize" && d.version === 1 &&
        Number.isInteger(d.height) && d.height >= 100 && d.height <= 20000;
      if (ok) entry.frame.style.height = d.height + "px";
    });
  }

  const create = (lang) => {
    lang = lang === "en" ? "en" : "ja";
    const frame = document.createElement("iframe");
    frame.src = origin + "/embed?lang=" + lang;
    frame.title = TITLE[lang];
    frame.setAttribute("allow", "clipboard-write");
    frame.setAttribute("loading", "lazy");
    frame.style.cssText = "display:block;width:100%;height:640px;border:0";
    ns.frames.push({ frame, origin });
    return frame;
  };

  const fill = () => {
    document.querySelectorAll("[data-todoku-embed]").forEach((el) => {
      if (el.hasAttribute("data-todoku-ready")) return;
      el.setAttribute("data-todoku-ready", "");
      el.appendChild(create(el.getAttribute("data-lang") || script.getAttribute("data-lang")));
    });
  };

  // Without placeholders, one wizard after the script tag, once per page however often included.
  const done = () => {
    fill();
    if (!ns.frames.length && script.parentNode) script.after(create(script.getAttribute("data-lang")));
  };

  fill();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", done);
  else done();
})();
