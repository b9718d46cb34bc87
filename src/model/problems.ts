/** One thing wrong with the data, pinned to where a person fixes it. */
export interface Problem {
  file: string;
  /** The item's id, or `#<index>` when it has none, or `-` for the file itself. */
  id: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.id}: ${p.field}: ${p.message}`;
}
