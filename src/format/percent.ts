/** 0.035 → "3.5%": a decimal rate as a percentage, without binary-float artefacts (0.035 × 100 = 3.5000000000000004). */
export function percent(rate: number): string {
  return `${parseFloat((rate * 100).toPrecision(12))}%`;
}
