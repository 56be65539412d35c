import { z } from 'zod';

// One attendance mark: which registration, and attended or absent.

export const markSchema = z.object({
  registration: z
    .string()
    .regex(/^[1-9]\d{0,8}$/)
    .transform(Number),
  status: z.enum(['attended', 'no_show']),
});
