/** The dashboard: every view reads the same URL-held filters and updates when they change. */
import './style.css';
import { Store } from './state.js';
import { mountAlerts } from './views/alerts.js';
import { mountEvents } from './views/events.js';
import { mountFilters } from './views/filters.js';
import { mountMap } from './views/map.js';
import { mountNetwork } from './views/network.js';
import { mountReader } from './views/reader.js';
import { mountTimeline } from './views/timeline.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Marks the first time the map and the timeline are both drawn (read by the browser bench and tests). */
function firstViewMarker(onFirst: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    if (byId('map-panel').dataset.ready === '1' && byId('timeline-panel').dataset.ready === '1') {
      done = true;
      performance.mark('steppe:first-view');
      document.body.dataset.firstView = String(Math.round(performance.now()));
      onFirst();
    }
  };
}

const store = new Store();
// The network (sigma, graphology and a layout) loads once the map and timeline are drawn, or
// after a short while if they cannot be: it should not delay the first view.
let networkMounted = false;
const mountLater = () => {
  if (networkMounted) return;
  networkMounted = true;
  mountNetwork(byId('network-panel'), store);
};
const ready = firstViewMarker(mountLater);
setTimeout(mountLater, 3000);
mountFilters(byId<HTMLFormElement>('filters'), byId<HTMLFormElement>('search'), store);
mountMap(byId('map-panel'), store, ready);
mountTimeline(byId('timeline-panel'), store, ready);
mountAlerts(byId('alerts-panel'), store);
mountEvents(byId('events-panel'), store);
mountReader(byId('reader'), store);
