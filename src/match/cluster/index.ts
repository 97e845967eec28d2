// The cluster stage's door: guarded connected components and the identity conflict rules.

export { clusterEdges, type Edge, type RefusedEdge, type ClusterResult } from './components.js';
export { conflictBetween, givenNamesConflict, identityViews, representatives, CONFLICT_CODES, type IdentityView } from './guard.js';
