/**
 * Aliases that more than one actor may carry, with the preferred reading first. Any
 * other alias shared by two actors is an error in the registry data.
 */
export const SHARED_ALIASES: Readonly<Record<string, readonly string[]>> = {
  RSF: ['rapid-support-forces', 'reporters-without-borders'],
  JEM: ['jaish-e-mohammed', 'jem-sudan'],
  PTI: ['pti', 'pakistani-parties'],
};
