/**
 * The log read back for personal data: one representative journey's own log (PersonalDataInTheLogTest), and after
 * every test the whole run's log, kept per test class by surefire, for every address and name the tests typed
 * (PersonalDataInTheTestLogIT, with its scanner shown to find them by LogScannerTest).
 */
package uk.earlyhelp.portal.logscan;
