import { z } from 'zod';
import { timeZoneField } from '../../web/time-zones.ts';

/** The visitor's choice of zone on /time-zone; `next` is checked by safeNextPath. */
export const timeZoneChoiceSchema = z.object({
  zone: timeZoneField,
  next: z.string().optional(),
});
