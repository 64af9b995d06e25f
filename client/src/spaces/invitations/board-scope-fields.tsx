import type { BoardView } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { CheckboxGroup, RadioGroup } from "../../ui/choice-group.tsx";
import type { BoardScope, DraftFieldsProps } from "./invitation-draft.ts";

const SCOPES = [
  { value: "all", label: t.invitations.allBoards },
  { value: "some", label: t.invitations.someBoards },
] as const satisfies readonly { value: BoardScope; label: string }[];

export function BoardScopeFields({ boards, draft, onChange, error }: DraftFieldsProps & { boards: BoardView[] }) {
  return (
    <>
      <RadioGroup
        legend={t.invitations.boardsLegend}
        choices={SCOPES}
        value={draft.boardScope}
        onChange={(boardScope) => onChange({ boardScope })}
      />
      {draft.boardScope === "some" && (
        <CheckboxGroup
          legend={t.invitations.boardsToOpen}
          choices={boards.map((board) => ({ value: board.id, label: board.theme }))}
          values={draft.boardIds}
          onChange={(boardIds) => onChange({ boardIds })}
          error={error}
        />
      )}
    </>
  );
}
