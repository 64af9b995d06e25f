/**
 * What the measuring page runs in itself. Each function is sent to chromium as its source (page.evaluate,
 * addInitScript): it must use nothing from this module's scope.
 */

/** Marks in remote titles: `#m<sequence>t<sent at, ms since the epoch>#`. */
export function markedTitle(card: number, sequence: number, sentAt: number): string {
  return `Carte ${card} #m${sequence}t${sentAt}#`;
}

export interface EditProbe {
  /** Sequence → milliseconds from the edit being sent to its mark being in the DOM. */
  delays: Record<number, number>;
  /** Animation frames that took over 50 ms since the probe started. */
  longFrames: number;
}

declare global {
  interface Window {
    editProbe?: EditProbe;
    loadProbe?: { firstCardMs?: number; allCardsMs?: number; elements?: number };
  }
}

/**
 * Watches the DOM for marked titles, noting when each appears first (a text node changed or added), and counts the
 * long animation frames meanwhile.
 */
export function installEditProbe(): void {
  const probe: EditProbe = { delays: {}, longFrames: 0 };
  window.editProbe = probe;
  const mark = /#m(\d+)t(\d+)#/g;
  const note = (text: string | null, now: number) => {
    if (!text) return;
    for (const [, sequence, sentAt] of text.matchAll(mark)) {
      const key = Number(sequence);
      if (!(key in probe.delays)) probe.delays[key] = now - Number(sentAt);
    }
  };
  new MutationObserver((mutations) => {
    const now = Date.now();
    for (const mutation of mutations) {
      if (mutation.type === "characterData") note(mutation.target.textContent, now);
      else for (const node of Array.from(mutation.addedNodes)) note(node.textContent, now);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > 50) probe.longFrames++;
  }).observe({ type: "long-animation-frame" });
}

/**
 * From the navigation on, notes at which frame the first card and then `expected` cards are in the page (ms since
 * the navigation started), and how many elements the page then holds.
 */
export function installLoadProbe(expected: number): void {
  const probe: NonNullable<Window["loadProbe"]> = {};
  window.loadProbe = probe;
  const cards = document.getElementsByClassName("card");
  const check = () => {
    const now = performance.now();
    if (cards.length > 0) probe.firstCardMs ??= now;
    if (cards.length >= expected) {
      probe.allCardsMs = now;
      probe.elements = document.getElementsByTagName("*").length;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
