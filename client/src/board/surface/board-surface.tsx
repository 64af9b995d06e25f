import { type Card, cardsVisibleTo } from "@atelier/shared";
import { DndContext, DragOverlay } from "@dnd-kit/core";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { type CSSProperties, useCallback, useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { preloadCardBodyEditor } from "../card-body-editor.tsx";
import { useBoardSettings } from "../facilitation/use-board-settings.ts";
import type { Participant } from "../participant.ts";
import { useBodyTexts } from "../use-cards.ts";
import { type Presence, usePresence } from "../use-presence.ts";
import { BoardTools } from "./board-tools.tsx";
import { CardDragPreview } from "./card-drag-preview.tsx";
import { authorsOf, type CardFilters, isFiltering, matchesFilters, NO_FILTERS } from "./card-filters.ts";
import type { CardUi } from "./card-ui.ts";
import { ClusterLane } from "./cluster-lane.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { LooseArea } from "./loose-area.tsx";
import { NewClusterZone } from "./new-cluster-zone.tsx";
import { type Surface, SurfaceContext, SurfaceLayoutContext } from "./surface-context.ts";
import { useUndoToast } from "./undo-toast.tsx";
import { useBoardLayout } from "./use-board-layout.ts";
import { useBoardUndo } from "./use-board-undo.ts";
import { useCardDrag } from "./use-card-drag.ts";
import { useRemoteMoveAnnouncements } from "./use-remote-move-announcements.ts";
import "./board-surface.css";

interface BoardSurfaceProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  participant: Participant;
  readOnly: boolean;
  cards: Card[];
  spaceId: string;
  boardId: string;
  token: string;
}

function editorsByCard(people: Presence[]): ReadonlyMap<string, Presence[]> {
  const editors = new Map<string, Presence[]>();
  for (const person of people) {
    if (person.isSelf || person.editing === null) continue;
    editors.set(person.editing, [...(editors.get(person.editing) ?? []), person]);
  }
  return editors;
}

/**
 * The cards of a thematic board: the loose ones, then the clusters as coloured lanes. Cards are clustered by drag
 * and drop (pointer or keyboard) or from each card's move menu; filters and folded descriptions only change this
 * page's view, never the board.
 */
export function BoardSurface({
  doc,
  provider,
  participant,
  readOnly,
  cards,
  spaceId,
  boardId,
  token,
}: BoardSurfaceProps) {
  const settings = useBoardSettings(doc);
  const visible = useMemo(
    () => cardsVisibleTo(cards, settings, { role: participant.role, participantId: participant.id }),
    [cards, settings, participant],
  );
  const [filters, setFilters] = useState<CardFilters>(NO_FILTERS);
  const bodyTexts = useBodyTexts(doc, filters.text.trim() !== "");
  const shown = useMemo(
    () =>
      isFiltering(filters)
        ? visible.filter((card) => matchesFilters(card, filters, bodyTexts.get(card.id) ?? ""))
        : visible,
    [visible, filters, bodyTexts],
  );
  const layout = useBoardLayout(doc, shown);
  const totals = useBoardLayout(doc, visible);
  const totalIn = (clusterId: string) =>
    totals.clusters.find((entry) => entry.cluster.id === clusterId)?.cards.length ?? 0;

  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const visibleIds = useMemo(() => new Set(visible.map((card) => card.id)), [visible]);
  useRemoteMoveAnnouncements(doc, provider, visibleIds, announce);
  const undo = useBoardUndo(doc, !readOnly);
  const { offerUndo, toast } = useUndoToast(undo, announce);
  const people = usePresence(provider);
  const editors = useMemo(() => editorsByCard(people), [people]);
  const drag = useCardDrag(doc, layout);
  useEffect(preloadCardBodyEditor, []);

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggleBody = useCallback(
    (cardId: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(cardId)) next.add(cardId);
        return next;
      }),
    [],
  );
  const allExpanded = shown.length > 0 && shown.every((card) => expanded.has(card.id));
  const ui: CardUi = { expanded, toggleBody, editors, target: drag.target };
  const surface: Surface = useMemo(
    () => ({ doc, provider, participant, readOnly, spaceId, boardId, token, announce, offerUndo }),
    [doc, provider, participant, readOnly, spaceId, boardId, token, announce, offerUndo],
  );
  const dragged = drag.activeId === null ? undefined : visible.find((card) => card.id === drag.activeId);

  return (
    <SurfaceContext value={surface}>
      <SurfaceLayoutContext value={layout}>
        <div className="surface" data-dragging={dragged ? "" : undefined}>
          <div className="surface__toolbar">
            <FilterBar
              filters={filters}
              onChange={setFilters}
              authors={authorsOf(visible)}
              shown={shown.length}
              total={visible.length}
            />
            <BoardTools
              undo={readOnly ? null : undo}
              allExpanded={allExpanded}
              onExpandAll={(all) => setExpanded(new Set(all ? shown.map((card) => card.id) : []))}
            />
          </div>
          <DndContext {...drag.context}>
            <LooseArea cards={layout.loose} total={totals.loose.length} ui={ui} />
            <section className="clusters" aria-labelledby="clusters-title">
              <div className="clusters__header">
                <h2 className="surface__heading" id="clusters-title">
                  {t.surface.clustersTitle}
                </h2>
                {!readOnly && <NewClusterZone targeted={drag.target?.kind === "new-cluster"} />}
              </div>
              {layout.clusters.length === 0 && <p className="muted">{t.surface.noClusters}</p>}
              <div className="lanes" style={{ "--lanes": layout.clusters.length } as CSSProperties}>
                {layout.clusters.map(({ cluster, cards: laneCards }) => (
                  <ClusterLane
                    key={cluster.id}
                    cluster={cluster}
                    cards={laneCards}
                    total={totalIn(cluster.id)}
                    ui={ui}
                  />
                ))}
              </div>
            </section>
            <DragOverlay dropAnimation={null}>
              {dragged && <CardDragPreview card={dragged} width={drag.width} />}
            </DragOverlay>
          </DndContext>
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          {toast}
        </div>
      </SurfaceLayoutContext>
    </SurfaceContext>
  );
}
