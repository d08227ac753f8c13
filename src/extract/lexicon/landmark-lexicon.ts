/**
 * Words that, right after a place name, make the whole a street or a landmark named after the
 * place ("Tavistock Square", "Edgware Road", "Mombasa Road") rather than the place itself.
 * Lower case.
 */
export const LANDMARK_HEADS = new Set([
  'square', 'road', 'street', 'avenue', 'boulevard', 'lane', 'highway', 'expressway', 'bridge', 'station', 'airport',
  'park', 'gate', 'hospital', 'university', 'college', 'stadium', 'mosque', 'church', 'cathedral', 'market', 'hotel',
  'mall', 'court', 'prison', 'barracks', 'camp', 'port', 'harbour', 'harbor', 'terminal', 'junction',
  'crossing', 'roundabout', 'circle', 'drive', 'way', 'place', 'plaza', 'tower', 'towers', 'palace', 'museum',
]);

/**
 * Words that, just before a place, make it where the wounded or the dead were taken, or where
 * someone died later ("died in hospital in Popayán", "airlifted to Raipur"), not where the
 * attack happened. Lower case.
 */
export const AFTERMATH_WORDS = new Set([
  'hospital', 'hospitals', 'clinic', 'morgue', 'mortuary', 'airlifted', 'evacuated', 'transferred', 'flown', 'taken',
  'rushed', 'moved', 'transported', 'buried', 'funeral', 'funerals', 'treated', 'referred',
]);
