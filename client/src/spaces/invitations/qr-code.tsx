import { useEffect, useState } from "react";
import { t } from "../../i18n/text.ts";

type Drawing = { text: string; src: string } | { text: string; failed: true };

/**
 * Drawn in the browser as SVG, so it stays sharp at any size on a projector, and nothing about the link leaves for
 * a third-party QR service.
 */
export function QrCode({ text, alt, className }: { text: string; alt: string; className?: string }) {
  const [drawing, setDrawing] = useState<Drawing | null>(null);

  useEffect(() => {
    let current = true;
    // Loaded on first use: most visits to a space page never make a link.
    import("qrcode")
      .then(({ default: QRCode }) => QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 }))
      .then(
        (svg) => current && setDrawing({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
        () => current && setDrawing({ text, failed: true }),
      );
    return () => {
      current = false;
    };
  }, [text]);

  if (drawing?.text !== text) return <div className={className} />;
  if ("failed" in drawing) return <p className="alert alert--error">{t.invitations.qrFailed}</p>;
  return <img className={className} src={drawing.src} alt={alt} />;
}
