package uk.earlyhelp.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the portal; every module's beans live under {@code uk.earlyhelp}. */
@SpringBootApplication(scanBasePackages = "uk.earlyhelp")
public class EarlyHelpPortalApplication {

    public static void main(String[] args) {
        // A service holding children's data must not call AxonIQ's update checker, and the
        // property has to be in place before Axon's auto-configuration is even evaluated.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(EarlyHelpPortalApplication.class, args);
    }
}
