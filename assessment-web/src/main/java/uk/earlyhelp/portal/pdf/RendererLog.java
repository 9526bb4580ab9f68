package uk.earlyhelp.portal.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, through the portal's own (SLF4J) rather than its console handler. Its INFO (timings, "loading
 * font") becomes DEBUG: at INFO it would write several lines for every PDF printed.
 */
final class RendererLog implements XRLogger {

    private RendererLog() {
    }

    /** Once per JVM: openhtmltopdf's logger is global. */
    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
            XRLog.setLoggerImpl(new RendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else {
            logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the portal's logging configuration's (logging.level.com.openhtmltopdf=…).
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int level = diagnostic.getLevel().intValue();
        return level >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                : level >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
