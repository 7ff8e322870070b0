/**
 * What the two training scripts (train-ner.ts, train-pos.ts) share: how they read an option,
 * and the averaged perceptron (Collins 2002) both learn, one row of weights per feature with one
 * weight per tag. Seeded shuffling is in shuffle.ts.
 */

/** The value after `name` on the command line, or the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export class AveragedPerceptron {
  private readonly weights: Float64Array;
  /** Sum of step * update, for averaging. */
  private readonly summed: Float64Array;
  private step = 1;

  constructor(
    features: number,
    private readonly tags: number,
  ) {
    this.weights = new Float64Array(features * tags);
    this.summed = new Float64Array(features * tags);
  }

  /** The sum of the rows of these features, one score per tag, written into `scores`. */
  score(feats: readonly number[], scores: Float64Array): void {
    const { weights, tags } = this;
    scores.fill(0);
    for (const f of feats) for (let t = 0; t < tags; t++) scores[t] += weights[f * tags + t];
  }

  /** One token scored: the rows of its features move from the wrong guess to the truth. */
  learn(feats: readonly number[], truth: number, guess: number): void {
    if (guess !== truth) {
      const { weights, summed, tags, step } = this;
      for (const f of feats) {
        weights[f * tags + truth] += 1;
        summed[f * tags + truth] += step;
        weights[f * tags + guess] -= 1;
        summed[f * tags + guess] -= step;
      }
    }
    this.step++;
  }

  /** Feature f's averaged weights, one per tag, times `scale` and rounded. */
  averaged(f: number, scale: number): number[] {
    const { weights, summed, tags, step } = this;
    return Array.from({ length: tags }, (_, t) => Math.round((weights[f * tags + t] - summed[f * tags + t] / step) * scale));
  }
}
