import { useId } from "react";
import { CopyButton } from "../../ui/copy-button.tsx";
import { QrCode } from "./qr-code.tsx";
import "./link-to-share.css";

interface LinkToShareProps {
  link: string;
  words: { linkLabel: string; copy: string; copied: string; copyFailed: string };
  qrAlt: string;
}

/** A link to hand out: selectable to copy by hand, a copy button, and a QR code for the phones in the room. */
export function LinkToShare({ link, words, qrAlt }: LinkToShareProps) {
  const id = useId();
  return (
    <>
      <label className="field__label" htmlFor={id}>
        {words.linkLabel}
      </label>
      <input
        id={id}
        className="input input--code"
        value={link}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton text={link} label={words.copy} copiedMessage={words.copied} failedMessage={words.copyFailed} />
      <QrCode className="link-to-share__qr" text={link} alt={qrAlt} />
    </>
  );
}
