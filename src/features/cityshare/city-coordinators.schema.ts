import { z } from 'zod';

// Naming or removing a city coordinator: one button per member on the coordinators page.

export const cityCoordinatorChangeSchema = z.object({
  action: z.enum(['add', 'remove'], { error: 'cities.coordinators.errors.invalid' }),
  user_id: z
    .string({ error: 'cities.coordinators.errors.invalid' })
    .regex(/^\d{1,9}$/, { message: 'cities.coordinators.errors.invalid' })
    .transform(Number),
});

export type CityCoordinatorChange = z.infer<typeof cityCoordinatorChangeSchema>;
