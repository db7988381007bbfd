// The log line for a request Next could not answer (instrumentation.ts onRequestError): which
// request, which route, and the error's digest, which is what the reader's error page shows.
import type { Instrumentation } from 'next';
import { errorFields, log } from './log';
import { requestIdFrom } from './request-id';

export const logRequestFailed: Instrumentation.onRequestError = (error, request, context) => {
  log.error('request_failed', {
    requestId: requestIdFrom(request.headers),
    method: request.method,
    // The query string can carry tokens or personal data; the route is enough to find the code.
    path: request.path.split(/[?#]/, 1)[0],
    routePath: context.routePath,
    routeType: context.routeType,
    ...errorFields(error),
  });
};
