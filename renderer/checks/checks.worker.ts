import { createCheckSession, type CheckRequest } from '../../shared/checks/checkSession.ts';

/**
 * The live checks of the open plan, off the page's main thread (issue 13: typing must never wait for
 * checks). The worker holds the plan and one checker (shared/checks/checkSession.ts): the page sends
 * what an edit changed, and only the texts it changed are checked again. The worker lives as long as
 * the checks panel.
 */
const { handle } = createCheckSession();

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  self.postMessage(handle(e.data));
};
