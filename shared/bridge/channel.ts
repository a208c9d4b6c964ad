import type { z } from 'zod';

/** One call between renderer and main: its name is its key in the contract. */
export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export const defineChannels = <T extends Record<string, Channel>>(channels: T): T => channels;
