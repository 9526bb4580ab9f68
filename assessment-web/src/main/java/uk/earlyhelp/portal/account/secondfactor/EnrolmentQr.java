package uk.earlyhelp.portal.account.secondfactor;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/**
 * The enrolment QR code: an otpauth:// address (issuer, the account's email, the secret, SHA-1, 6 digits, 30 s) as a
 * PNG, rendered here and sent inline as a {@code data:} image, which the strict CSP allows ({@code img-src 'self'
 * data:}, ADR 0004). Nothing leaves the portal: no QR service is called.
 */
@Component
class EnrolmentQr {

    private final ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
    private final SecondFactorProperties properties;

    EnrolmentQr(SecondFactorProperties properties) {
        this.properties = properties;
    }

    String dataUri(String email, String secret) {
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(properties.issuer())
                .algorithm(HashingAlgorithm.SHA1).digits(TotpCodes.DIGITS).period(TotpCodes.PERIOD_SECONDS).build();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The enrolment QR code could not be drawn", e);
        }
    }
}
