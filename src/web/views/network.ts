/**
 * Actor network (graphology + sigma, loaded on demand): nodes sized by stories, directed edges
 * sized by story count and coloured from cooperation (green) to conflict (red). A click on a
 * node filters every view to that actor.
 */
import type Sigma from 'sigma';
import { errorText, Fetcher, type Network } from '../api.js';
import { intensityColor } from '../colors.js';
import { fill, h } from '../dom.js';
import { forceLayout } from '../layout.js';
import { filterParams, filtersChanged, type State, type Store } from '../state.js';

export function mountNetwork(root: HTMLElement, store: Store): void {
  const fetcher = new Fetcher();
  const box = h('div', { class: 'graph' });
  const note = h('p', { class: 'status' }, 'loading network…');
  const legend = h('div', { class: 'legend' }, h('span', { class: 'gradient' }), ' conflict ← → cooperation; edge width: stories; click an actor to filter');
  fill(root, h('div', { class: 'panel-head' }, h('h2', null, 'Actor network')), box, legend, note);
  let sigma: Sigma | null = null;

  async function render(s: State): Promise<void> {
    root.dataset.ready = '0';
    try {
      const [net, { DirectedGraph }, { default: SigmaCtor }] = await Promise.all([
        fetcher.get<Network>('/api/network', { ...filterParams(s), by: 'actor', limit: 120 }),
        import('graphology'), import('sigma'),
      ]);
      if (!net) return;
      sigma?.kill();
      sigma = null;
      box.replaceChildren();
      if (!net.edges.length) {
        note.textContent = 'no relations between actors match the filters';
        root.dataset.ready = '1';
        return;
      }
      const graph = new DirectedGraph();
      const pos = forceLayout(net.nodes.map((n) => n.id), net.edges.map((e) => ({ source: e.source, target: e.target, weight: e.count })));
      const maxStories = Math.max(1, ...net.nodes.map((n) => n.stories));
      for (const n of net.nodes) {
        const p = pos.get(n.id)!;
        graph.addNode(n.id, {
          label: n.label, x: p.x, y: p.y, size: 4 + 14 * Math.sqrt(n.stories / maxStories),
          color: n.id === s.actor ? '#1d3557' : '#5c6b7a',
        });
      }
      const maxCount = Math.max(1, ...net.edges.map((e) => e.count));
      for (const e of net.edges) {
        if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
        graph.addEdge(e.source, e.target, {
          size: 1 + 6 * Math.sqrt(e.count / maxCount), color: intensityColor(e.intensity), type: 'arrow',
          label: `${e.count} stories, intensity ${e.intensity.toFixed(1)}`,
        });
      }
      try {
        sigma = new SigmaCtor(graph, box, { renderEdgeLabels: false, labelSize: 12, labelWeight: '600', labelRenderedSizeThreshold: 0, labelDensity: 3, labelGridCellSize: 30, defaultEdgeType: 'arrow', allowInvalidContainer: true });
        sigma.on('clickNode', ({ node }) => store.update({ actor: store.state.actor === node ? undefined : node }));
      } catch (err) {
        note.textContent = `network: this browser cannot draw it (${errorText(err)})`;
        return;
      }
      note.textContent = `${net.nodes.length} actors, ${net.edges.length} directed relations`;
      root.dataset.ready = '1';
    } catch (err) {
      note.textContent = `network: ${errorText(err)}`;
    }
  }

  store.subscribe((s, changed) => { if (filtersChanged(changed)) void render(s); });
  void render(store.state);
}
