// Warns a signed-in user before their session times out and lets them stay signed in (WCAG 2.2.1, Timing
// Adjustable). The layout's <dialog id="session-timeout"> says how long a session lasts and how early to warn; the
// count starts when the page loads, as the server's does with the request that drew it, and starts again whenever
// the page reaches the server (autosave.js says so with the event 'portal:session-extended'). "Stay signed in" (or
// Escape) posts to the keep-alive address. When time is up, the dialogue says so, and that nothing typed is lost:
// a save posted now is kept by the server until the practitioner signs in again.
// Other tabs of the portal share the count through localStorage, so activity in one keeps the others' warning away.

const STORAGE_KEY = 'portal.session.expiresAt';
const TICK_MS = 1000;

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

function startTimeoutWarning(dialog) {
  const timeoutMs = Number(dialog.dataset.timeoutSeconds) * 1000;
  const warningMs = Number(dialog.dataset.warningSeconds) * 1000;
  const warning = document.getElementById('session-timeout-warning');
  const ended = document.getElementById('session-timeout-ended');
  const text = document.getElementById('session-timeout-text');
  const stay = document.getElementById('session-timeout-stay');
  const close = document.getElementById('session-timeout-close');
  let expiresAt = 0;
  let state = 'active'; // 'active', 'warning', or 'ended'
  let endedSeen = false;

  // "2 minutes", "1 minute", then 40 and 20 seconds: often enough to follow, rarely enough not to chatter.
  function remaining(ms) {
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    if (seconds >= 60) {
      const minutes = Math.ceil(seconds / 60);
      return minutes === 1 ? text.dataset.minute : text.dataset.minutes.replace('%{count}', minutes);
    }
    return text.dataset.seconds.replace('%{count}', Math.ceil(seconds / 20) * 20);
  }

  function showCountdown(ms) {
    const wording = text.dataset.text.replace('%{time}', remaining(ms));
    if (text.textContent !== wording) text.textContent = wording;
  }

  function restart(until) {
    expiresAt = until || Date.now() + timeoutMs;
    try {
      localStorage.setItem(STORAGE_KEY, String(expiresAt));
    } catch {
      // Storage switched off: this tab counts on its own.
    }
    if (state === 'warning') dialog.close();
    if (state !== 'ended') state = 'active';
  }

  function warn(ms) {
    state = 'warning';
    warning.hidden = false;
    ended.hidden = true;
    showCountdown(ms);
    dialog.showModal();
    stay.focus();
  }

  function end() {
    state = 'ended';
    if (endedSeen) return; // told once; a later autosave need not interrupt typing again
    endedSeen = true;
    if (dialog.open) dialog.close();
    warning.hidden = true;
    ended.hidden = false;
    dialog.setAttribute('aria-labelledby', 'session-timeout-ended-heading');
    dialog.setAttribute('aria-describedby', 'session-timeout-ended-text');
    dialog.showModal(); // opened afresh, so a screen reader announces the new heading and text
    close.focus();
  }

  function tick() {
    if (state === 'ended') return;
    const left = expiresAt - Date.now();
    if (left <= 0) {
      end();
    } else if (left <= warningMs) {
      if (state === 'warning') showCountdown(left); else warn(left);
    }
  }

  async function staySignedIn() {
    try {
      const response = await fetch(dialog.dataset.keepAliveUrl, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: csrfHeaders()
      });
      if (response.ok) {
        restart();
        return;
      }
    } catch {
      // Not reached: treated as ended below.
    }
    end();
  }

  stay.addEventListener('click', staySignedIn);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('cancel', (event) => { // Escape
    if (state === 'warning') {
      event.preventDefault();
      staySignedIn();
    }
  });
  document.addEventListener('portal:session-extended', () => restart());
  document.addEventListener('portal:session-ended', end);
  window.addEventListener('storage', (event) => {
    const other = Number(event.newValue);
    if (event.key === STORAGE_KEY && other > expiresAt && state !== 'ended') restart(other);
  });

  restart();
  setInterval(tick, TICK_MS);
}

const dialog = document.getElementById('session-timeout');
if (dialog && typeof dialog.showModal === 'function') {
  startTimeoutWarning(dialog);
}
