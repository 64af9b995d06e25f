import type { CardKind } from "@atelier/shared";
import type { ReactNode } from "react";

/** A shape per kind, beside its written name, so that kinds differ by more than colour. */
const SHAPES: Record<CardKind, ReactNode> = {
  constat: (
    <>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5 14 14" />
    </>
  ),
  ressource: <path d="M8 1.8l1.8 3.9 4.2.5-3.1 2.9.8 4.2L8 11.2l-3.7 2.1.8-4.2L2 6.2l4.2-.5z" />,
  besoin: (
    <>
      <path d="M8 1.8 14.6 13.6H1.4z" />
      <path d="M8 6.2v3.4M8 11.4v.3" />
    </>
  ),
  piste: <path d="M2 8h11M9 4l4 4-4 4" />,
};

export function KindIcon({ kind }: { kind: CardKind }) {
  return (
    <svg
      className="kind-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {SHAPES[kind]}
    </svg>
  );
}
