package uk.earlyhelp.portal.account.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first, bundled with the portal ({@code accounts/common-passwords.txt}, its sources
 * and licence in its header), compared without regard to case. Nothing is looked up outside the portal.
 */
final class CommonPasswords {

    static final String RESOURCE = "/accounts/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    static CommonPasswords bundled() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the portal");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return new CommonPasswords(Set.copyOf(passwords));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String password) {
        return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
