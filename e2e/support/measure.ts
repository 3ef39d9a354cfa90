/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0..100) by nearest rank. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** A figure beside its goal. `holds` is what the bench fails on. */
export interface Figure {
  value: number;
  unit: string;
  goal?: string;
  holds?: boolean;
  peer?: string;
}

export function figure(
  value: number,
  unit: string,
  goal?: { max?: number; min?: number; text?: string },
  peer?: string,
): Figure {
  const f: Figure = { value: round(value, 3), unit };
  if (goal) {
    f.goal = goal.text ?? (goal.max !== undefined ? `≤ ${goal.max} ${unit}` : `≥ ${goal.min} ${unit}`);
    f.holds = (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
  }
  if (peer) f.peer = peer;
  return f;
}
