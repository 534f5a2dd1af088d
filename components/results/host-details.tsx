import { CheckStatusBadge } from "@/components/results/status-badge";
import type { MxCheck, NsCheck, PtrCheck } from "@/lib/checks";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

const LABEL = "text-sm font-bold text-slate-900";
const MONO = "font-mono [overflow-wrap:anywhere]";

/** Reverse DNS of the sending IP and whether each name leads back to it. */
export function PtrDetails({ ptr, locale }: { ptr: PtrCheck; locale: Locale }) {
  const { ptr: t, common, details } = resultsMessages[locale];
  if (!ptr.ip) return <p className="text-sm text-slate-800">{t.skipped}</p>;
  return (
    <div className="space-y-1 text-sm text-slate-800">
      <p>
        <span className={LABEL}>
          {t.ip}
          {common.colon}
        </span>
        <span className={MONO}>{ptr.ip}</span>
      </p>
      <p className={LABEL}>{t.names}</p>
      {ptr.names.length === 0 ? (
        <p>{details.none}</p>
      ) : (
        <ul className="space-y-1 pl-1">
          {ptr.names.map((name) => {
            const confirmed = ptr.forwardAddresses.some((f) => f.name === name && f.confirmed);
            return (
              <li key={name} className="flex flex-wrap items-center gap-2">
                <span className={MONO}>{name}</span>
                <span className={confirmed ? "text-green-900" : "text-red-900"}>
                  <span aria-hidden="true">{confirmed ? "✓ " : "✕ "}</span>
                  {confirmed ? t.confirmed : t.notConfirmed}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Where the domain receives mail. */
export function MxDetails({ mx, locale }: { mx: MxCheck; locale: Locale }) {
  const t = resultsMessages[locale].mx;
  return (
    <div className="space-y-1 text-sm text-slate-800">
      {mx.nullMx ? <p>{t.nullMx}</p> : null}
      {mx.implicit ? <p>{t.implicit}</p> : null}
      {!mx.nullMx && mx.hosts.length > 0 ? (
        <ul className="space-y-2">
          {mx.hosts.map((host) => (
            <li key={`${host.preference}-${host.exchange}`} className="space-y-0.5">
              <p className="flex flex-wrap items-center gap-2">
                <CheckStatusBadge status={host.status} locale={locale} />
                <span className={MONO}>{t.host(host.preference, host.exchange)}</span>
              </p>
              {host.addresses.length > 0 ? <p className={`${MONO} text-slate-700`}>{host.addresses.join(", ")}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The zone's name servers (the basis of the provider detection). */
export function NsDetails({ ns, locale }: { ns: NsCheck; locale: Locale }) {
  const { ns: t, details } = resultsMessages[locale];
  return (
    <div className="space-y-1 text-sm text-slate-800">
      <p className="[overflow-wrap:anywhere]">{ns.zone ? t.zone(ns.zone) : t.noZone}</p>
      <ul className="space-y-1">
        {ns.nameservers.map((server) => (
          <li key={server.name} className="[overflow-wrap:anywhere]">
            <span className={MONO}>{server.name}</span>
            {server.addresses.length > 0 ? <span className={`${MONO} text-slate-700`}> ({server.addresses.join(", ")})</span> : null}
            {server.status !== "ok" ? <span className="text-red-900"> — {details.dnsStatus[server.status]}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
