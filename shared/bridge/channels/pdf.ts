import { defineChannels } from '../channel';

/** Printables made by pdfmake in the main process. Filled in by the printables slice. */
export const pdfChannels = defineChannels({});
