import { useEffect, useRef } from "react";
import { t } from "../../i18n/text.ts";
import { QrCode } from "./qr-code.tsx";

interface ProjectorViewProps {
  link: string;
  label: string;
  onClose: () => void;
}

/**
 * The QR code over the whole screen, for the room to scan from its seats. A modal dialog keeps the keyboard inside
 * and closes on Escape; the browser's full screen hides its own bars on the projector when it allows it.
 */
export function ProjectorView({ link, label, onClose }: ProjectorViewProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    if (document.fullscreenEnabled) element.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  return (
    <dialog ref={dialog} className="projector" aria-labelledby="projector-title" onClose={onClose}>
      <h2 id="projector-title">{t.invitations.projectTitle}</h2>
      <p className="projector__label">{label}</p>
      <QrCode className="projector__qr" text={link} alt={t.invitations.qrAlt(label)} />
      <p className="projector__hint">{t.invitations.projectHint}</p>
      <button type="button" className="button button--primary" onClick={() => dialog.current?.close()}>
        {t.invitations.projectClose}
      </button>
    </dialog>
  );
}
