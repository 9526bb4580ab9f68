// Starts GOV.UK Frontend's components (character count, error summary, header…). Loaded as a module
// from our own origin, so the Content-Security-Policy needs no 'unsafe-inline'.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
