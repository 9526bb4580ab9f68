package uk.earlyhelp.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal as a browser meets it: the embedded default (a fresh H2 file, the demo accounts), served on a random
 * port for real HTTP requests and through MockMvc. Every subclass shares the one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.InTests.class)
public abstract class PortalWebTest {

    public static final String PRACTITIONER = "practitioner@example.org";
    public static final String SECOND_PRACTITIONER = "practitioner2@example.org";
    public static final String DEMO_PASSWORD = "early-help-demo-2026";

    @DynamicPropertySource
    static void freshH2File(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-web-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
    }

    @Autowired
    protected MockMvc mvc;
    @LocalServerPort
    protected int port;
    @Autowired
    private UserDetailsService accounts;

    /** Signed in as a demo account, as its sign-in would have loaded it. */
    protected RequestPostProcessor signedInAs(String email) {
        return user(accounts.loadUserByUsername(email));
    }
}
