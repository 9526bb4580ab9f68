package uk.earlyhelp.portal.mail;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.earlyhelp.portal.signing.ServerSignatures;

/**
 * Rate limits on the emails signed-out visitors can trigger, per address and per client (table
 * {@code mail_request}, V62). Each is kept as an HMAC, never the address or IP itself. A request over a limit
 * sends nothing, and the visitor sees the same "check your email" page as ever (it must not tell who has an account).
 */
@Component
@EnableConfigurationProperties(MailRequestLimitsProperties.class)
public class MailRequestLimits {

    private static final Logger log = LoggerFactory.getLogger(MailRequestLimits.class);
    private static final String PURPOSE = "mail-request";

    private final JdbcClient jdbc;
    private final ServerSignatures signatures;
    private final MailRequestLimitsProperties limits;
    private final Clock clock;

    MailRequestLimits(DataSource dataSource, ServerSignatures signatures, MailRequestLimitsProperties limits, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.signatures = signatures;
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts the request; true if it may send an email to {@code address} (already normalised). */
    @Transactional
    public boolean allow(String address, HttpServletRequest request) {
        Instant now = clock.instant();
        jdbc.sql("delete from mail_request where requested_at <= ?").param(now.minus(limits.window()).atOffset(ZoneOffset.UTC)).update();
        String toAddress = key("address", address);
        String fromClient = key("client", request.getRemoteAddr());
        if (count(toAddress) >= limits.perAddress() || count(fromClient) >= limits.perClient()) {
            log.warn("Sent no email for a signed-out request: over the limit for its address or client");
            return false;
        }
        for (String key : new String[] {toAddress, fromClient}) {
            jdbc.sql("insert into mail_request (key_hash, requested_at) values (?, ?)")
                    .params(key, now.atOffset(ZoneOffset.UTC)).update();
        }
        return true;
    }

    private long count(String key) {
        return jdbc.sql("select count(*) from mail_request where key_hash = ?").param(key).query(Long.class).single();
    }

    private String key(String kind, String value) {
        return HexFormat.of().formatHex(signatures.sign(PURPOSE, kind, String.valueOf(value)));
    }
}
