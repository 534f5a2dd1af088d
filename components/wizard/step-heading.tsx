import type { Ref } from "react";

/** Each step's heading: focus moves here when the step changes, so keyboard and screen-reader users land on the new question. */
export function StepHeading({ headingRef, children, id = "step-title" }: { headingRef: Ref<HTMLHeadingElement>; children: React.ReactNode; id?: string }) {
  return (
    <h2 id={id} ref={headingRef} tabIndex={-1} className="text-xl font-bold text-slate-900 focus:outline-none sm:text-2xl">
      {children}
    </h2>
  );
}
