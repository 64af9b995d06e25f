import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A table that may be wider than its box scrolls sideways inside it. Only then does the box take the keyboard's
 * focus (so that the arrows scroll it), named after its table: a narrow table adds no useless tab stop. A shadow
 * falls on each edge that hides columns, since a scrollbar alone is easily missed (and hidden on many systems).
 * The shadows hang on an outer box, so that they stay put while the table scrolls under them.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [hiddenBefore, setHiddenBefore] = useState(false);
  const [hiddenAfter, setHiddenAfter] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      setHiddenBefore(element.scrollLeft > 1);
      setHiddenAfter(element.scrollWidth - element.clientWidth - element.scrollLeft > 1);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, []);

  const overflows = hiddenBefore || hiddenAfter;
  const edges = `${hiddenBefore ? " plan-table-scroll--before" : ""}${hiddenAfter ? " plan-table-scroll--after" : ""}`;
  return (
    <div className={`plan-table-scroll${edges}`}>
      <div
        ref={box}
        className="plan-table-scroll__box"
        {...(overflows ? { tabIndex: 0, role: "region", "aria-label": label } : {})}
      >
        {children}
      </div>
    </div>
  );
}
