// Autosave for a section page of the assessment wizard (progressive enhancement: without JavaScript the Save
// buttons do the same). About 2 seconds after the practitioner stops typing, and when they leave a field, the
// section's form is posted in the background to its autosave address, which saves exactly as Save does and
// answers {"saved": true, "savedAt": "14:32"}. The page then says "Saved at 14:32" in a polite live region.
// A refused save (422) is not announced while typing: the status is simply cleared, so it never claims "saved".
// After the session has timed out the server keeps the save (401, {"signedOut": true}) until the practitioner signs
// in again; the status says so. Either way the page tells session-timeout.js whether the session is still alive.
// If another tab changed the same answers since this page was drawn (409, {"conflict": true, "conflictHref": ...}),
// the status says so with a link to choose between the two versions; what was typed stays in the page untouched, and
// the server keeps it too (ADR 0023).

const DELAY_MS = 2000;

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

function startAutosave(form) {
  const url = form.dataset.autosaveUrl;
  const status = document.getElementById('autosave-status');
  // The buttons' own parameter is not part of a FormData built without a submitter, so only answers are sent.
  const answers = () => new URLSearchParams(new FormData(form)).toString();
  let lastSaved = answers(); // what the page was drawn from is what the server holds
  let timer = null;
  let queue = Promise.resolve(); // one request at a time, in order, so an older save never lands last

  function show(text) {
    if (status) status.textContent = text;
  }

  function showConflict(href) {
    if (!status) return;
    const link = document.createElement('a');
    link.className = 'govuk-link';
    link.href = href;
    link.id = 'autosave-conflict-link';
    link.textContent = status.dataset.conflictLinkText;
    status.replaceChildren(document.createTextNode(status.dataset.conflictText + ' '), link);
  }

  async function send() {
    const body = answers();
    if (body === lastSaved) return;
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual', // a signed-out session redirects to sign-in: that is not a save
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
          ...csrfHeaders()
        },
        body
      });
      if (response.status === 401) {
        const kept = await response.json().catch(() => null);
        if (kept && kept.signedOut) {
          show(status.dataset.signedOutText);
          document.dispatchEvent(new CustomEvent('portal:session-ended'));
          return;
        }
      }
      if (response.ok || response.status === 409 || response.status === 422) {
        document.dispatchEvent(new CustomEvent('portal:session-extended'));
      }
      const result = response.ok || response.status === 409 ? await response.json().catch(() => null) : null;
      if (result && result.conflict) {
        showConflict(result.conflictHref);
      } else if (result && result.saved) {
        lastSaved = body;
        show(status.dataset.savedText.replace('%{time}', result.savedAt));
      } else {
        show('');
      }
    } catch {
      show('');
    }
  }

  function saveNow() {
    clearTimeout(timer);
    timer = null;
    queue = queue.then(send);
  }

  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, DELAY_MS);
  });
  form.addEventListener('focusout', saveNow);
  // The buttons post the page themselves; a background save racing them would only repeat it.
  form.addEventListener('submit', () => clearTimeout(timer));
}

const form = document.querySelector('form[data-autosave-url]');
if (form) {
  startAutosave(form);
}
