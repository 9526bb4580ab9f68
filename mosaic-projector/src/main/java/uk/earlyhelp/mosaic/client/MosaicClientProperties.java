package uk.earlyhelp.mosaic.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal reaches the council's Mosaic integration endpoint (docs/mosaic-delivery-contract.md).
 *
 * @param baseUrl        the endpoint's base URL, without the {@code /early-help-assessments} path; unset means the
 *                       embedded Mosaic stand-in (the embedded default), and is refused when the stand-in is off
 * @param apiKey         the header and key that identify the portal to Mosaic
 * @param connectTimeout longest wait for a connection before the attempt counts as failed (and is retried)
 * @param readTimeout    longest wait for Mosaic's answer once the request is sent (retried too: the idempotency key
 *                       makes a repeat harmless even if Mosaic did receive the first)
 * @param tls            mutual TLS: the portal's client certificate and the certificates it trusts
 */
@ConfigurationProperties("mosaic.client")
public record MosaicClientProperties(URI baseUrl,
                                     @DefaultValue ApiKey apiKey,
                                     @DefaultValue("5s") Duration connectTimeout,
                                     @DefaultValue("30s") Duration readTimeout,
                                     @DefaultValue Tls tls) {

    /**
     * @param header the request header carrying the key
     * @param value  the key itself (a secret: from the environment, never the repository); no header when unset
     */
    public record ApiKey(@DefaultValue("X-Api-Key") String header, String value) {

        @Override
        public String toString() {
            return "ApiKey[header=" + header + ", value=" + (value == null ? "unset" : "****") + "]";
        }
    }

    /**
     * Mutual TLS, for an {@code https} base URL. Unset stores mean the JVM's defaults: no client certificate, and the
     * JVM's trusted authorities.
     *
     * @param keyStore           the portal's client certificate and private key (PKCS12 or JKS)
     * @param keyStorePassword   its password (a secret)
     * @param keyStoreType       PKCS12 or JKS
     * @param trustStore         the authorities (or Mosaic's own certificate) the portal trusts
     * @param trustStorePassword its password
     * @param trustStoreType     PKCS12 or JKS
     */
    public record Tls(Path keyStore, String keyStorePassword, @DefaultValue("PKCS12") String keyStoreType,
                      Path trustStore, String trustStorePassword, @DefaultValue("PKCS12") String trustStoreType) {

        @Override
        public String toString() {
            return "Tls[keyStore=" + keyStore + ", trustStore=" + trustStore + "]";
        }
    }
}
