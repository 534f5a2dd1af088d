import { errorText, helpText } from "@/components/ui/styles";

/** A labelled control with its help and error texts wired by id (label, aria-describedby). */
export function FormField({
  id,
  label,
  badge,
  help,
  error,
  children,
}: {
  id: string;
  label: string;
  badge?: string;
  help?: React.ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => React.ReactNode;
}) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block font-semibold text-slate-900">
        {label}
        {badge ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{badge}</span> : null}
      </label>
      {children(describedBy)}
      {help ? (
        <div id={`${id}-help`} className={helpText}>
          {help}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={errorText} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
