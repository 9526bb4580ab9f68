/**
 * The administrators' pages for integrator clients ({@code /admin/integrators}): add one with its event groups and
 * redaction, see its token once, rotate it, revoke it, and see each client's API calls. The clients themselves, their
 * tokens and the API live in the event-feed module.
 */
package uk.earlyhelp.portal.integrator;
