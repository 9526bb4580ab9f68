package uk.earlyhelp.mosaic.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS context for mutual TLS from {@link MosaicClientProperties.Tls}; a bad store stops start-up. */
final class MosaicTls {

    private MosaicTls() {
    }

    /** Null when neither store is configured: the JVM's default TLS applies. */
    static SSLContext context(MosaicClientProperties.Tls tls) {
        if (tls.keyStore() == null && tls.trustStore() == null) {
            return null;
        }
        try {
            KeyManager[] keys = null;
            if (tls.keyStore() != null) {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(load(tls.keyStore(), tls.keyStoreType(), tls.keyStorePassword()),
                        password(tls.keyStorePassword()));
                keys = factory.getKeyManagers();
            }
            TrustManager[] trust = null;
            if (tls.trustStore() != null) {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(load(tls.trustStore(), tls.trustStoreType(), tls.trustStorePassword()));
                trust = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("mosaic.client.tls: cannot use the configured stores ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static KeyStore load(Path path, String type, String password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password(password));
        }
        return store;
    }

    private static char[] password(String password) {
        return password == null ? null : password.toCharArray();
    }
}
