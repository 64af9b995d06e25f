import type { ConventionLink, SpaceView } from "@atelier/shared";
import { Link } from "wouter";
import { t } from "../../i18n/text.ts";
import { spacePath } from "../../routes.ts";
import "./renewal.css";

/** Under the space's name: the convention it follows, and the one following it, each a link to its space. */
export function ConventionLinks({ space }: { space: Pick<SpaceView, "previous" | "next"> }) {
  const { previous, next } = space;
  if (!previous && !next) return null;
  return (
    <div className="convention-links">
      {previous && (
        <p>
          {t.renewal.follows}{" "}
          <Link href={spacePath(previous.id)}>
            {t.renewal.named(previous.name, previous.period.start, previous.period.end)}
          </Link>
        </p>
      )}
      {next && <NextConvention next={next} />}
    </div>
  );
}

export function NextConvention({ next }: { next: ConventionLink }) {
  return (
    <p>
      {t.renewal.next} <Link href={spacePath(next.id)}>{next.name}</Link>
    </p>
  );
}
