/**
 * Errors that mean the database did not answer in time or could not be reached (a
 * time bound of ours was hit, or the server is down or restarting), as opposed to a
 * fault in our SQL: the request gets SERVICE_UNAVAILABLE (HTTP 503) and may be retried.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled: statement_timeout
  '25P03', // idle_in_transaction_session_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  '08001', // sqlclient_unable_to_establish_sqlconnection
]);

const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /Connection terminated/i,
  /connection timeout/i,
  /Client has encountered a connection error/i,
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Cannot use a pool after calling end/i,
  /terminating connection/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { code, message, driverError, cause, originalError } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_SQLSTATES.has(code) || /^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT)$/.test(code))
    )
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return true;
    e = driverError ?? originalError ?? cause;
  }
  return false;
}

export const UNAVAILABLE_MESSAGE = 'The database did not answer in time or is unreachable; retry in a few seconds.';
