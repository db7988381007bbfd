// A source line that groups several figures shows each figure's own as-of date, never only
// the latest: figures of one source are grouped by date, in the order they first appear.
export interface DatedLabels {
  asOf: Date;
  labels: string[];
}

/** Adds a figure's label under its as-of date. */
export function addDated(dates: DatedLabels[], asOf: Date, label: string): void {
  const same = dates.find((d) => d.asOf.getTime() === asOf.getTime());
  if (!same) dates.push({ asOf, labels: [label] });
  else if (!same.labels.includes(label)) same.labels.push(label);
}

/** The latest as-of date of a group, for sorting and feeds that need one date. */
export const latestOf = (dates: DatedLabels[]): Date => new Date(Math.max(...dates.map((d) => d.asOf.getTime())));
