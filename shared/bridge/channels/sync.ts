import { defineChannels } from '../channel';

/** Keys, bundles, outbox and transports. Filled in by the sync slice. */
export const syncChannels = defineChannels({});
