// The objectives a team keeps in its own spreadsheet, as the `Team OKRs` tab imports them (IMPORTRANGE): read,
// never written. They carry their team's own scores and take part in alignment, roll-up and the dashboard
// like local objectives.

export interface ImportedKeyResult {
  readonly id: string;
  readonly text: string;
  readonly owner: string;
  /** The score the team's own sheet computed; '' where it shows none. */
  readonly score: number | '';
  readonly status: string;
  readonly weight: number;
}

export interface ImportedObjective {
  readonly id: string;
  readonly text: string;
  readonly owner: string;
  /** The team the `Teams` tab names for the source (its own Team cell where it has one). */
  readonly team: string;
  /** The ID of the local (or imported) objective or key result it contributes to; '' where blank. */
  readonly parent: string;
  readonly quarter: string;
  readonly score: number | '';
  readonly status: string;
  readonly keyResults: readonly ImportedKeyResult[];
  /** The spreadsheet it comes from, as the `Teams` tab gives it. */
  readonly source: string;
}
