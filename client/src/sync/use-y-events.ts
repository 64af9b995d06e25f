import { useEffect, useEffectEvent } from "react";
import { observeY, type YChangeHandler, type YType } from "./observe-y.ts";

/**
 * Calls `handler` with what each transaction changed in `type` (deep: in what it holds too), for as long as the
 * component is mounted: for what reacts to a change itself (who added a card, which key the facilitator changed)
 * rather than to a value, which useYValue follows. The handler sees the component's latest props.
 */
export function useYEvents(type: YType | undefined, handler: YChangeHandler, { deep = false } = {}): void {
  const onChange = useEffectEvent(handler);
  useEffect(
    () => (type ? observeY(type, (events, transaction) => onChange(events, transaction), deep) : undefined),
    [type, deep],
  );
}
