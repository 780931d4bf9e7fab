/** Plans by year, newest year first; within a year the order given (latest change first). */
export function groupByYear<P extends { year: number }>(plans: P[]): Array<{ year: number; plans: P[] }> {
  const years = [...new Set(plans.map((p) => p.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, plans: plans.filter((p) => p.year === year) }));
}
