package uk.earlyhelp.portal.mail;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends plain-text email in the background, after the transaction that decided to send it has committed (so no
 * email announces what a rollback undid). In the background because a page must take as long whether or not it
 * sent an email: otherwise its timing would tell who has an account.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class Mailer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailProperties properties;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "portal-mail");
        thread.setDaemon(true);
        return thread;
    });

    private final Clock clock;

    Mailer(JavaMailSender sender, MailProperties properties, Clock clock) {
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    public void send(String to, String subject, String body) {
        if (!MailAddresses.isDeliverable(to)) {
            // Forms check addresses first (MailAddresses); one stored before that check is skipped, and not named.
            LOG.warn("Email \"{}\" not sent: its address is not one mail can be sent to", subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        message.setSentDate(Date.from(clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    background.execute(() -> deliver(message));
                }
            });
        } else {
            background.execute(() -> deliver(message));
        }
    }

    private void deliver(SimpleMailMessage message) {
        try {
            sender.send(message);
        } catch (MailException e) {
            // The subject only: the recipient's address is personal data, and logs are kept longer than mail.
            // Nor the exception's message or trace: a mail library names the address in them.
            LOG.error("Email \"{}\" could not be sent: {}", message.getSubject(), e.getClass().getSimpleName());
        }
    }

    /** Lets the emails already decided on go out before the portal stops. */
    @Override
    public void destroy() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
