import { assembleDiagnostic, boardContent, type Diagnostic, diagnosticValidation } from "@atelier/shared";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { GovernanceService } from "../governance/governance-service.ts";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import { type Outcome, refused } from "../outcome.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { TerritoryServicesService } from "../territory/territory-services-service.ts";

/** The diagnostic partagé, read from what the thematic groups wrote on their boards and the space's figures. */
export class DiagnosticService {
  private readonly spaces: SpaceService;
  private readonly writer: DocumentWriter;
  private readonly indicators: IndicatorService;
  private readonly governance: GovernanceService;
  private readonly services: TerritoryServicesService;

  constructor(
    spaces: SpaceService,
    writer: DocumentWriter,
    indicators: IndicatorService,
    governance: GovernanceService,
    services: TerritoryServicesService,
  ) {
    this.spaces = spaces;
    this.writer = writer;
    this.indicators = indicators;
    this.governance = governance;
    this.services = services;
  }

  async diagnostic(spaceId: string): Promise<Outcome<Diagnostic>> {
    const space = await this.spaces.find(spaceId);
    if (!space) return refused(404, "spaceNotFound");
    // Archived boards are left out of the diagnostic: their documents are not even loaded.
    const active = space.boards.filter((board) => !board.archived);
    const [boards, indicators, demarche, services] = await Promise.all([
      Promise.all(
        active.map(async (board) => ({ board, content: await this.writer.transact(board.documentName, boardContent) })),
      ),
      this.indicators.list(spaceId),
      this.governance.demarche(spaceId),
      this.services.listServices(spaceId),
    ]);
    return {
      ok: true,
      value: assembleDiagnostic({ space, boards, indicators, services, validation: diagnosticValidation(demarche) }),
    };
  }
}
