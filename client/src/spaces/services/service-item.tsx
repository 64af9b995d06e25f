import type { Commune, ServiceFields, TerritoryService } from "@atelier/shared";
import { useState } from "react";
import { territoryServicesApi } from "../../api/territory-services-api.ts";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { ServiceForm } from "./service-form.tsx";

interface ServiceItemProps {
  service: TerritoryService;
  spaceId: string;
  /** The facilitator secret: only facilitators edit and delete. */
  secret: string | null;
  communes: readonly Commune[];
  onSaved: (service: TerritoryService) => void;
  onDeleted: (service: TerritoryService) => void;
}

/** The facts of a service on one or two lines; a facilitator edits it in place or deletes it. */
export function ServiceItem({ service, spaceId, secret, communes, onSaved, onDeleted }: ServiceItemProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  const text = t.territoryServices;

  async function save(fields: ServiceFields) {
    if (!secret) return;
    onSaved(await territoryServicesApi.update(spaceId, secret, service.id, fields));
    setEditing(false);
  }

  if (secret && editing) {
    return (
      <li className="service-item service-item--editing">
        <ServiceForm service={service} communes={communes} onSubmit={save} onCancel={() => setEditing(false)} />
      </li>
    );
  }
  const facts = [
    ...(service.capacity === null ? [] : [text.places(service.capacity)]),
    ...(service.manager ? [text.manager(service.manager)] : []),
    ...(service.themeHint ? [text.theme(service.themeHint)] : []),
  ];
  return (
    <li className="service-item">
      <p className="service-item__title">
        <strong>{service.name}</strong> <span className="badge">{text.kinds[service.kind]}</span>
        {service.cafFunded && <span className="badge service-item__caf">{text.cafFunded}</span>}
      </p>
      {facts.length > 0 && <p className="service-item__facts">{facts.join(" · ")}</p>}
      {service.note && <p className="service-item__note">{service.note}</p>}
      {secret && (
        <div className="actions service-item__actions">
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            aria-label={text.editLabel(service.name)}
            onClick={() => setEditing(true)}
          >
            {text.edit}
          </button>
          <ConfirmButton
            label={text.delete}
            accessibleLabel={text.deleteLabel(service.name)}
            question={text.deleteQuestion(service.name)}
            confirmLabel={text.deleteConfirm}
            onConfirm={async () => {
              await territoryServicesApi.remove(spaceId, secret, service.id);
              onDeleted(service);
            }}
          />
        </div>
      )}
    </li>
  );
}
