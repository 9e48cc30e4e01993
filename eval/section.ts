/** One evaluation section: a name, lines for a person, and numbers for the report. */
export interface EvalResult {
  name: string;
  lines: string[];
  metrics: Record<string, number>;
}

export type EvalSection = () => Promise<EvalResult>;
