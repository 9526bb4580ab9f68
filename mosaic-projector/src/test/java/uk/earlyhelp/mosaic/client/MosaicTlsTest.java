package uk.earlyhelp.mosaic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS settings: a client certificate store and a trust store are loaded, and a bad one stops start-up. */
class MosaicTlsTest {

    @TempDir
    Path directory;

    @Test
    void withoutStoresTheJvmsDefaultTlsApplies() {
        assertThat(MosaicTls.context(new MosaicClientProperties.Tls(null, null, "PKCS12", null, null, "PKCS12")))
                .isNull();
    }

    @Test
    void loadsTheClientCertificateAndTheTrustStore() throws Exception {
        Path store = keyStore("secret-1");

        assertThat(MosaicTls.context(new MosaicClientProperties.Tls(store, "secret-1", "PKCS12",
                store, "secret-1", "PKCS12")).getProtocol()).isEqualTo("TLS");
    }

    @Test
    void aWrongPasswordStopsStartUpNamingTheSetting() throws Exception {
        Path store = keyStore("secret-1");

        assertThatThrownBy(() -> MosaicTls.context(new MosaicClientProperties.Tls(store, "wrong", "PKCS12",
                null, null, "PKCS12")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("mosaic.client.tls:");
    }

    @Test
    void secretsStayOutOfTheConfigurationsToString() {
        assertThat(new MosaicClientProperties.ApiKey("X-Api-Key", "very-secret").toString()).doesNotContain("very-secret");
        assertThat(new MosaicClientProperties.Tls(null, "pw-secret", "PKCS12", null, "pw-secret", "PKCS12").toString())
                .doesNotContain("pw-secret");
    }

    private Path keyStore(String password) throws Exception {
        Path store = directory.resolve("client.p12");
        Process keytool = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "portal", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=early-help-portal", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        return store;
    }
}
