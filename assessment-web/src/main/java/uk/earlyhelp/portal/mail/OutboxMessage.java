package uk.earlyhelp.portal.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One email as the outbox page shows it, with the links in its text ready to follow. */
record OutboxMessage(String sent, String to, String subject, String body, List<String> links) {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    static OutboxMessage of(MimeMessage message, ZoneId zone) {
        try {
            String body = String.valueOf(message.getContent()).replace("\r\n", "\n");
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? ""
                    : Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
            String sent = message.getSentDate() == null ? null
                    : SENT.format(message.getSentDate().toInstant().atZone(zone));
            List<String> links = LINK.matcher(body).results().map(m -> m.group()).toList();
            return new OutboxMessage(sent, to, message.getSubject(), body, links);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The outbox holds a message it cannot read", e);
        }
    }
}
