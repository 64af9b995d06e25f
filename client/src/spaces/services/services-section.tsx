import {
  type Commune,
  compareServices,
  type ServiceFields,
  summarizeServices,
  type TerritoryService,
} from "@atelier/shared";
import { type ReactNode, useRef, useState } from "react";
import { territoryServicesApi } from "../../api/territory-services-api.ts";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { ServiceForm } from "./service-form.tsx";
import { ServiceItem } from "./service-item.tsx";
import { useTerritoryServices } from "./use-territory-services.ts";
import "./services.css";

interface ServicesSectionProps {
  spaceId: string;
  communes: readonly Commune[];
  /** Whatever the space granted this browser: partners and observers read. */
  token: string;
  /** The facilitator secret: only facilitators add, edit and delete. */
  secret: string | null;
}

/** The existing services of the territory (l'offre existante), by commune, the intercommunal ones first. */
export function ServicesSection({ spaceId, communes, token, secret }: ServicesSectionProps) {
  const { state, put, drop } = useTerritoryServices(spaceId, token);
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const addButton = useFocusReturn<HTMLButtonElement>(adding);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = t.territoryServices;

  async function add(fields: ServiceFields) {
    if (!secret) return;
    const service = await territoryServicesApi.add(spaceId, secret, fields);
    put(service);
    setAdding(false);
    setAnnouncement(text.added(service.name));
  }

  const item = (service: TerritoryService) => (
    <ServiceItem
      key={service.id}
      service={service}
      spaceId={spaceId}
      secret={secret}
      communes={communes}
      onSaved={(saved) => {
        put(saved);
        setAnnouncement(text.saved(saved.name));
      }}
      onDeleted={(deleted) => {
        drop(deleted.id);
        setAnnouncement(text.deleted(deleted.name));
        // The item that held the focus is gone: the keyboard goes on from the section's heading.
        heading.current?.focus();
      }}
    />
  );

  return (
    <section className="panel services" aria-labelledby="services-title">
      <div className="services__head">
        <h2 id="services-title" ref={heading} tabIndex={-1}>
          {text.title}
        </h2>
        {secret && !adding && state.status === "ready" && (
          <button
            ref={addButton}
            type="button"
            className="button button--small"
            onClick={() => {
              setAnnouncement("");
              setAdding(true);
            }}
          >
            {text.add}
          </button>
        )}
      </div>
      <p className="muted">{text.intro}</p>
      {secret && adding && (
        <div className="services__new">
          <h3>{text.addTitle}</h3>
          <ServiceForm communes={communes} onSubmit={add} onCancel={() => setAdding(false)} />
        </div>
      )}
      {state.status === "loading" && <p role="status">{text.loading}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && <ServicesByCommune services={state.services} item={item} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

function ServicesByCommune({
  services,
  item,
}: {
  services: TerritoryService[];
  item: (service: TerritoryService) => ReactNode;
}) {
  const text = t.territoryServices;
  if (services.length === 0) return <p className="muted">{text.empty}</p>;
  const summary = summarizeServices(services);
  return (
    <>
      <p className="services__total">{text.total(summary.count, summary.places)}</p>
      {summary.byCommune.map((group) => (
        <div key={group.communeInsee ?? "epci"} className="services__group">
          <h3>
            {group.communeName ?? group.communeInsee ?? text.intercommunal}{" "}
            <span className="services__group-count">{text.groupCount(group.count, group.places)}</span>
          </h3>
          <ul className="services__list">
            {services
              .filter((service) => service.communeInsee === group.communeInsee)
              .sort(compareServices)
              .map(item)}
          </ul>
        </div>
      ))}
    </>
  );
}
