import type { ComponentProps } from "react";

type HeadingProps = ComponentProps<"h2"> & { level: 2 | 3 | 4 | 5 };

/** A heading whose level depends on where it is shown: a fiche is a page title alone, a sub-part in the full plan. */
export function Heading({ level, ...props }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
