import { z } from 'zod';
import { paragraphs } from '../../web/validation.ts';

// The check-in form: progress (required), blockers, the reporting city, and a new value for each
// action with an indicator (field "indicator-<action id>"; blank leaves the value as it is).

const NUMBER = /^-?\d{1,12}([.,]\d{1,6})?$/;

const indicatorValue = z
  .string()
  .transform((s) => s.trim().replace(/\s/g, ''))
  .refine((s) => s === '' || NUMBER.test(s), { message: 'follow-up.errors.notANumber' })
  .transform((s) => (s === '' ? null : Number(s.replace(',', '.'))));

export function indicatorField(actionId: number): string {
  return `indicator-${actionId}`;
}

/** The form's schema for a project whose actions with an indicator are `actionIds`. */
export function checkInSchema(actionIds: number[]) {
  return z.object({
    city: z
      .string({ error: 'follow-up.errors.cityRequired' })
      .regex(/^[1-9]\d{0,8}$/, { message: 'follow-up.errors.cityRequired' })
      .transform(Number),
    progress: paragraphs({ max: 8000 }),
    blockers: paragraphs({ max: 8000, required: false }).default(''),
    ...Object.fromEntries(actionIds.map((id) => [indicatorField(id), indicatorValue.optional()])),
  });
}

export interface CheckInInput {
  city: number;
  progress: string;
  blockers: string;
  values: Array<{ actionId: number; value: number }>;
}

/** The parsed form as the service takes it. */
export function toCheckInInput(
  data: Record<string, unknown> & { city: number; progress: string; blockers: string },
  actionIds: number[],
): CheckInInput {
  const values: CheckInInput['values'] = [];
  for (const actionId of actionIds) {
    const value = data[indicatorField(actionId)];
    if (typeof value === 'number') values.push({ actionId, value });
  }
  return { city: data.city, progress: data.progress, blockers: data.blockers, values };
}
