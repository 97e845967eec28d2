// The score stage's door: training (u sample, EM), prediction (match weights), the model file.

export { trainModel, neverAgainst, type TrainOptions } from './train.js';
export { estimateU, type UEstimate } from './u-estimate.js';
export { runEm, foldPatterns, type EmInput, type EmResult } from './em.js';
export { scorePairs, levelWeights, tfExactWeight, tfLevelWeight, type PairScores } from './predict.js';
export { saveModel, loadModel } from './model.js';
export { mulberry32 } from './prng.js';
export { clampProbability, weightToProbability, priorWeight, PROBABILITY_FLOOR } from './probability.js';
