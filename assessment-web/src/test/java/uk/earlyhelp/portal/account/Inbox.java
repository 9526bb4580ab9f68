package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emails a GreenMail SMTP server received, as a test reads them: the portal sends in the background, so
 * reading waits (briefly) for the message to arrive.
 */
public final class Inbox {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMailOperations server;

    public Inbox(GreenMailOperations server) {
        this.server = server;
    }

    /** Every message to this address so far, in the order they arrived. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** The latest message to this address whose subject contains the given words, waiting for it to arrive. */
    public MimeMessage await(String address, String subject) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = to(address).stream().filter(m -> subject(m).contains(subject))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("No email \"" + subject + "\" to " + address + " within " + WAIT + "; got "
                + to(address).stream().map(Inbox::subject).toList());
    }

    /** The first {@code count} messages to this address, waiting for them to arrive. */
    public List<MimeMessage> await(String address, int count) {
        Instant deadline = Instant.now().plus(WAIT);
        while (to(address).size() < count && Instant.now().isBefore(deadline)) {
            sleep();
        }
        List<MimeMessage> received = to(address);
        assertThat(received).as("emails to %s", address).hasSizeGreaterThanOrEqualTo(count);
        return received.subList(0, count);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded plain text (the wire form may be quoted-printable). */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the link in the message that contains {@code part}, e.g. "/password-reset/". */
    public static String linkPath(MimeMessage message, String part) {
        Matcher links = LINK.matcher(text(message));
        while (links.find()) {
            if (links.group().contains(part)) {
                return URI.create(links.group()).getPath();
            }
        }
        throw new AssertionError("No link with " + part + " in: " + text(message));
    }

    public static void assertNoSecrets(MimeMessage message, String password) {
        assertThat(text(message)).doesNotContain(password);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
