import { describe, expect, it } from 'vitest';
import { filterParams, parseState, stateQuery } from './state.js';

describe('dashboard state in the URL', () => {
  it('round-trips filters and open items through the query string', () => {
    const s = parseState('?from=2026-11-01&to=2026-11-24&country=bfa&type=assault&actor=Mali&context=terrorism&article=abc&alert=spike:country:BFA:2026-11-22');
    expect(s).toEqual({
      from: '2026-11-01', to: '2026-11-24', country: 'BFA', type: 'ASSAULT', actor: 'Mali', context: 'terrorism',
      article: 'abc', alert: 'spike:country:BFA:2026-11-22',
    });
    expect(parseState(stateQuery(s))).toEqual(s);
    expect(filterParams(s)).toEqual({ from: '2026-11-01', to: '2026-11-24', country: 'BFA', actor: 'Mali', type: 'ASSAULT', context: 'terrorism' });
  });

  it('drops values the API would refuse, so a hand-edited address never makes a bad request', () => {
    expect(parseState('?from=2026-11&country=Burkina&type=KILL&shade=red&unknown=1')).toEqual({});
    expect(parseState(`?actor=${'x'.repeat(101)}`)).toEqual({});
    expect(parseState('?from=2026-12-01&to=2026-11-01')).toEqual({ to: '2026-11-01' });
  });
});
