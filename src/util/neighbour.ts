/** Words before a toponym that name it as a neighbour, not as where things happen or whose they are. */
const NEIGHBOUR_CUE = /\b(?:borders?|frontier|boundary) with\s+(?:the\s+)?$|\bneighbou?ring\s+$/i;

/**
 * "an operation near the border with Burkina Faso", "fled to neighbouring Chad": the country
 * named at `start` is the other side of a border, so it says nothing of the actors' own country.
 */
export function namedAsNeighbour(text: string, start: number): boolean {
  return NEIGHBOUR_CUE.test(text.slice(Math.max(0, start - 24), start));
}
