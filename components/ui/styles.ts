/** Shared class lists, so every button and field looks and focuses the same way. */
export const buttonPrimary =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-blue-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-blue-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:bg-slate-500";
export const buttonSecondary =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-4 py-2.5 font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:text-slate-500";
export const inputBase =
  "block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-blue-700 focus-visible:outline-2 focus-visible:outline-blue-700 aria-invalid:border-red-700";
export const errorText = "mt-1.5 text-sm font-medium text-red-800";
export const helpText = "mt-1.5 text-sm text-slate-700";
