import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { formValues } from '../../web/validation.ts';
import { emptyForm, type FormState } from '../../web/views/forms.tsx';
import {
  certificateForDownload,
  listMyCertificates,
  verifyCertificate,
} from './certificates.service.ts';
import { issuerProfile } from './credential.ts';
import { renderCertificatePdf } from './pdf/certificate-pdf.ts';
import { revokeCertificate } from './revoke.service.ts';
import { publishedKeySet } from './signing-keys.service.ts';
import { MyCertificatesPage } from './views/MyCertificatesPage.tsx';
import { titleFor } from './views/labels.ts';
import { VerificationPage } from './views/VerificationPage.tsx';

// Certificates: the learner's list, public verification, downloads (PDF, Open Badges credential),
// revocation by coordinators, and the public key set and issuer profile verifiers need.

type CodeParams = { Params: { code: string }; Querystring: { done?: string } };

const NOTICES: Record<string, string> = { revoked: 'certificates.notices.revoked' };

export async function certificatesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/.well-known/jwks.json', async (_request, reply) =>
    reply
      .type('application/jwk-set+json')
      .header('cache-control', 'public, max-age=300')
      .send(JSON.stringify(await publishedKeySet(deps))),
  );

  app.get('/issuer', async (_request, reply) =>
    reply
      .type('application/ld+json')
      .header('cache-control', 'public, max-age=300')
      .send(
        JSON.stringify({
          '@context': [
            'https://www.w3.org/2018/credentials/v1',
            'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
          ],
          ...issuerProfile(deps.config),
        }),
      ),
  );

  app.get('/certificates/mine', async (request, reply) => {
    const certificates = await listMyCertificates(deps, request.actor);
    return reply.html(
      <MyCertificatesPage page={pageOf(request, reply)} certificates={certificates} />,
    );
  });

  const showVerification = async (
    request: FastifyRequest<CodeParams>,
    reply: FastifyReply,
    revokeForm: FormState,
  ) => {
    const verification = await verifyCertificate(deps, request.actor, request.params.code);
    const done = request.query.done;
    return reply.html(
      <VerificationPage
        page={pageOf(request, reply)}
        verification={verification}
        revokeForm={revokeForm}
        notice={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
      />,
    );
  };

  app.get<CodeParams>('/certificates/:code', async (request, reply) =>
    showVerification(request, reply, emptyForm),
  );

  app.get<CodeParams>('/certificates/:code/certificate.pdf', async (request, reply) => {
    const certificate = await certificateForDownload(deps, request.actor, request.params.code);
    const page = pageOf(request, reply);
    const pdf = await renderCertificatePdf(certificate, {
      t: page.t,
      formatDate: (iso) => page.formatDate(iso),
      formatNumber: page.formatNumber,
      title: titleFor(certificate, page.lang),
      verifyUrl: `${deps.config.BASE_URL}/certificates/${certificate.code}`,
    });
    return reply
      .type('application/pdf')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
      .send(Buffer.from(pdf));
  });

  app.get<CodeParams>('/certificates/:code/credential.jwt', async (request, reply) => {
    const certificate = await certificateForDownload(deps, request.actor, request.params.code);
    return reply
      .type('application/jwt')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="credential-${certificate.code}.jwt"`)
      .send(certificate.credential);
  });

  app.post<CodeParams>('/certificates/:code/revoke', async (request, reply) => {
    try {
      await revokeCertificate(deps, request.actor, request.params.code, request.body);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'VALIDATION') throw err;
      reply.status(400);
      return showVerification(request, reply, {
        values: formValues(request.body),
        errors: err.fields,
      });
    }
    return reply.redirect(`/certificates/${request.params.code}?done=revoked`, 303);
  });
}
