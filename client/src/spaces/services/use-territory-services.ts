import type { TerritoryService } from "@atelier/shared";
import { useCallback, useEffect, useState } from "react";
import { failureMessage } from "../../api/request.ts";
import { territoryServicesApi } from "../../api/territory-services-api.ts";

export type ServicesState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; services: TerritoryService[] };

/** The space's services; `put` a service as the server returned it (added or edited), `drop` a deleted one. */
export function useTerritoryServices(spaceId: string, token: string) {
  const [state, setState] = useState<ServicesState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    territoryServicesApi.list(spaceId, token).then(
      (services) => {
        if (current) setState({ status: "ready", services });
      },
      (error: unknown) => {
        if (current) setState({ status: "failed", message: failureMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [spaceId, token]);

  const change = useCallback((update: (services: TerritoryService[]) => TerritoryService[]) => {
    setState((previous) =>
      previous.status === "ready" ? { ...previous, services: update(previous.services) } : previous,
    );
  }, []);

  const put = useCallback(
    (service: TerritoryService) =>
      change((services) =>
        services.some((known) => known.id === service.id)
          ? services.map((known) => (known.id === service.id ? service : known))
          : [...services, service],
      ),
    [change],
  );
  const drop = useCallback(
    (serviceId: string) => change((services) => services.filter((known) => known.id !== serviceId)),
    [change],
  );

  return { state, put, drop };
}
