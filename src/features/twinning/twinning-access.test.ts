import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createCity } from '../../../test/factories/organisations.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createAssessment, createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { createTestApp } from '../../../test/support/app.ts';
import { loadActor } from '../../../test/support/actors.ts';
import { requireTwinningChange, requireTwinningView } from './twinning-access.service.ts';

test('members see a twinning, city coordinators and the facilitator change it, others get 404', async () => {
  const app = await createTestApp();
  after(() => app.close());
  const { deps } = app;
  const antwerp = await createCity(deps);
  const plock = await createCity(deps, { name: 'Płock', country: 'PL', languages: ['pl'] });
  const durban = await createCity(deps, { name: 'Durban', country: 'ZA', languages: ['en'] });
  const facilitator = await createOfficial(deps, { roles: ['facilitator'] });
  const coordinator = await createCityCoordinator(deps, antwerp.id);
  const member = await createOfficial(deps, { organisationId: plock.id });
  const outsider = await createCityCoordinator(deps, durban.id);
  await createAssessment(deps, antwerp.id, { strengths: '432100', needs: '001234' });
  const twinning = await createTwinning(deps, {
    cityIds: [antwerp.id, plock.id],
    facilitatorId: facilitator.id,
  });

  for (const who of [facilitator, coordinator, member])
    await requireTwinningView(deps, await loadActor(deps, who.id), twinning.slug);
  for (const who of [facilitator, coordinator])
    await requireTwinningChange(deps, await loadActor(deps, who.id), twinning.id);
  await assert.rejects(requireTwinningChange(deps, await loadActor(deps, member.id), twinning.id), {
    code: 'FORBIDDEN',
  });
  await assert.rejects(requireTwinningView(deps, await loadActor(deps, outsider.id), twinning.id), {
    code: 'NOT_FOUND',
  });
  await assert.rejects(requireTwinningView(deps, null, twinning.id), { code: 'UNAUTHENTICATED' });
});
