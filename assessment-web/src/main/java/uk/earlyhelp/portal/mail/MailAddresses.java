package uk.earlyhelp.portal.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * Whether mail can be sent to an address, decided before any email is built: the same strict RFC 822 check the mail
 * library makes when it sends (so it can never fail there, in the background, with the address in an exception
 * that reaches the log), and only a plain mailbox: no display name, comment, quoted or group form, no dot-dot.
 */
public final class MailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private MailAddresses() {
    }

    public static boolean isDeliverable(String address) {
        if (address == null || address.length() > MAX_LENGTH || !PLAIN.matcher(address).matches()) return false;
        try {
            new InternetAddress(address, true).validate();
            return true;
        } catch (AddressException malformed) {
            return false; // never logged: the address is personal data
        }
    }
}
