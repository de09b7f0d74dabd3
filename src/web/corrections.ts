// The evidence panel's corrections: an analyst confirms the fact an edge draws, or
// rejects it with a reason. Both need a token allowed to correct (api.ts asks for
// one); a refusal shows the API's message.
import { request, type ApiError } from './api.js';
import { el } from './dom.js';
import { ExplorerConfirmFactDocument, ExplorerRejectFactDocument, type ExplorerFactCheckFragment } from './generated/graphql.js';

/** Whether the fact was checked, or how likely it is. */
function checkLine(fact: ExplorerFactCheckFragment | null): string {
  if (!fact) return 'No longer in the graph.';
  return fact.confirmed ? 'Confirmed by an analyst.' : `Not checked yet: confidence ${fact.confidence.toFixed(2)}.`;
}

/**
 * Confirm and Reject for the fact `factId` (now `fact`); `rejected` is told who
 * the API recorded the rejection as made by, once it has taken the fact out of every read.
 */
export function correctionControls(factId: string, fact: ExplorerFactCheckFragment | null, rejected: (by: string) => void): HTMLElement {
  const status = el('p', { class: 'fact-check' }, checkLine(fact));
  const reason = el('input', { type: 'text', title: 'Why: optional to confirm, required to reject' });
  reason.placeholder = 'Reason (required to reject)';
  reason.setAttribute('aria-label', 'Reason');
  const confirm = el('button', { type: 'button', class: 'confirm' }, 'Confirm');
  const reject = el('button', { type: 'button', class: 'reject' }, 'Reject');
  const error = el('p', { class: 'error' });
  const show = (f: ExplorerFactCheckFragment | null) => {
    status.textContent = checkLine(f);
    status.classList.toggle('confirmed', f?.confirmed === true);
    confirm.hidden = !f || f.confirmed;
    reject.hidden = !f;
  };
  show(fact);

  /** One correction at a time; its refusal is said under the buttons. */
  const run = async (correct: () => Promise<void>) => {
    error.textContent = '';
    confirm.disabled = reject.disabled = true;
    try {
      await correct();
    } catch (e) {
      error.textContent = (e as ApiError).message;
    } finally {
      confirm.disabled = reject.disabled = false;
    }
  };
  confirm.addEventListener('click', () => {
    void run(async () => {
      const { confirmFact } = await request(ExplorerConfirmFactDocument, { fact: factId, reason: reason.value.trim() || null }, 'write');
      show(confirmFact.fact ?? null);
      reason.value = '';
    });
  });
  reject.addEventListener('click', () => {
    if (!reason.value.trim()) {
      error.textContent = 'Say why the fact is wrong: a rejection needs a reason.';
      reason.focus();
      return;
    }
    void run(async () => {
      const { rejectFact } = await request(ExplorerRejectFactDocument, { fact: factId, reason: reason.value.trim() }, 'write');
      rejected(rejectFact.correction.by);
    });
  });
  return el('section', { class: 'corrections' }, el('h2', {}, 'Check'), status, reason, el('div', { class: 'actions' }, confirm, reject), error);
}
