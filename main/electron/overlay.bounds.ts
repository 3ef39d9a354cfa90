/** Window geometry for the overlay, kept free of electron so it can be tested. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const OVERLAY_WIDTH = 340;
export const OVERLAY_COMPACT_HEIGHT = 116;
export const OVERLAY_MAX_HEIGHT = 640;
/** Closer than this to a screen edge, the overlay snaps to it. */
export const SNAP_PX = 24;
/** The gap it keeps from the edge it snapped to. */
export const EDGE_GAP = 12;

/** Which arrangement of screens the overlay is on: positions are remembered per arrangement. */
export function displayKey(displays: { bounds: Rect }[]): string {
  return displays
    .map((d) => `${d.bounds.width}x${d.bounds.height}@${d.bounds.x},${d.bounds.y}`)
    .sort()
    .join('|');
}

/** Snaps a rectangle to the edges of the work area it is near, and keeps it inside. */
export function snapToEdges(r: Rect, area: Rect): Rect {
  let { x, y } = r;
  const right = area.x + area.width - r.width;
  const bottom = area.y + area.height - r.height;
  if (Math.abs(x - area.x) <= SNAP_PX + EDGE_GAP) x = area.x + EDGE_GAP;
  else if (Math.abs(x - right) <= SNAP_PX + EDGE_GAP) x = right - EDGE_GAP;
  if (Math.abs(y - area.y) <= SNAP_PX + EDGE_GAP) y = area.y + EDGE_GAP;
  else if (Math.abs(y - bottom) <= SNAP_PX + EDGE_GAP) y = bottom - EDGE_GAP;
  return clampInto({ ...r, x, y }, area);
}

/** Moves a rectangle fully inside an area (a remembered spot on a screen that is no longer there, say). */
export function clampInto(r: Rect, area: Rect): Rect {
  const width = Math.min(r.width, area.width);
  const height = Math.min(r.height, area.height);
  return {
    width,
    height,
    x: Math.min(Math.max(r.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(r.y, area.y), area.y + area.height - height),
  };
}

/** Where a new overlay goes: the top-right corner of the primary work area, out of the way of video tiles. */
export function defaultOverlayBounds(area: Rect): Rect {
  return {
    width: OVERLAY_WIDTH,
    height: OVERLAY_COMPACT_HEIGHT,
    x: area.x + area.width - OVERLAY_WIDTH - EDGE_GAP,
    y: area.y + EDGE_GAP,
  };
}

/** A new height for the content, growing down from the top — or up, when the overlay sits at the bottom. */
export function resizedForContent(r: Rect, height: number, area: Rect): Rect {
  const h = Math.max(OVERLAY_COMPACT_HEIGHT, Math.min(OVERLAY_MAX_HEIGHT, Math.round(height)));
  const anchoredBottom = r.y + r.height >= area.y + area.height - EDGE_GAP - 1;
  return clampInto({ ...r, height: h, y: anchoredBottom ? r.y + r.height - h : r.y }, area);
}
