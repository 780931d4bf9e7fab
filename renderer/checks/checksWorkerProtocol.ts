/** The messages between the page and the checks worker (the session and its client live in shared/). */
export type { CheckRequest, CheckResponse } from '../../shared/checks/checkSession.ts';
