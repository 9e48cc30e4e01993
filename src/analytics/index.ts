/** Early warning over the corpus: pure functions over event rows (the store supplies them). */
export * from './types.js';
export { intensityOf, intensityScale, validateScale, type IntensityScale } from './intensity.js';
export { keysOf, dyadKey, pairKey, actorId } from './keys.js';
export { dailySeries, type SeriesOptions } from './series.js';
export { poissonUpper, surprise } from './poisson.js';
export { alertConfig, DEFAULT_ALERT_CONFIG, type AlertConfig } from './config.js';
export { detectSpikes, type Spike } from './spikes.js';
export { spikeAlerts, resolveWindow, type SpikeAlert, type AlertWindow } from './alerts.js';
export { breakingAlerts, type BreakingAlert, type StoryCopy } from './breaking.js';
export type { EvidenceEvent, EvidenceArticle } from './evidence.js';
export { dyadTrends, type DyadTrend, type DyadOptions } from './dyads.js';
export { activeActors, type ActorActivity, type ActorOptions } from './actors.js';
export { network, type Network, type NetworkOptions } from './network.js';
export { addDays, daysBetween } from './days.js';
