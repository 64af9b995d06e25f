import type { TerritoryService } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { CitationDialog } from "../../indicators/citation-dialog.tsx";
import { matchesWords } from "../../indicators/indicator-series.ts";
import { serviceFacts } from "./service-facts.ts";
import { useTerritoryServices } from "./use-territory-services.ts";

interface ServiceDialogProps {
  spaceId: string;
  token: string;
  /** The service the card cites already, marked in the list. */
  currentId: string | undefined;
  onChoose: (service: TerritoryService) => void;
  onClose: () => void;
}

/** The territory's services to cite, searched by name, kind, commune or manager. */
export function ServiceDialog({ spaceId, token, currentId, onChoose, onClose }: ServiceDialogProps) {
  const { state } = useTerritoryServices(spaceId, token);
  const text = t.territoryServices;
  return (
    <CitationDialog
      title={text.picker.title}
      searchLabel={text.picker.searchLabel}
      listLabel={text.picker.listLabel}
      countText={text.picker.matches}
      status={state}
      loadingText={text.loading}
      choices={state.status === "ready" ? state.services : []}
      matches={(service, query) =>
        matchesWords([service.name, ...serviceFacts(service), service.manager].join(" "), query)
      }
      idOf={(service) => service.id}
      labelOf={(service) => service.name}
      metaOf={(service) =>
        [...serviceFacts(service), service.id === currentId ? t.indicators.picker.current : ""]
          .filter(Boolean)
          .join(" · ")
      }
      onChoose={onChoose}
      onClose={onClose}
    />
  );
}
