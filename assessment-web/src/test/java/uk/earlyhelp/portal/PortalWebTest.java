package uk.earlyhelp.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
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

    /**
     * Signs in through the sign-in form, and then the second step where the account needs one (staff): the demo
     * accounts' code, or for an account not yet enrolled, enrolment with the secret its page shows. The answer is the
     * last step's, so {@code authenticated().withRoles(…)} holds only if the whole sign-in did; its session goes on.
     */
    protected ResultActions signInFully(String email, String password) throws Exception {
        ResultActions passwordStep = mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(password));
        MvcResult result = passwordStep.andReturn();
        String next = String.valueOf(result.getResponse().getRedirectedUrl());
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        if (next.endsWith("/sign-in/code")) {
            return mvc.perform(post(next).param("code", DemoSecondFactor.nextCode(email)).session(session).with(csrf()));
        }
        if (next.endsWith("/sign-in/enrol")) {
            String page = mvc.perform(get(next).session(session)).andReturn().getResponse().getContentAsString();
            return mvc.perform(post(next).param("code", DemoSecondFactor.enrolmentCode(page)).session(session).with(csrf()));
        }
        return passwordStep;
    }

    /** The account id events, read models and commands name this account by (ADR 0032), never its address. */
    protected String accountIdOf(String email) {
        return accounts.loadUserByUsername(email).getUsername();
    }

    /** Signed in as a demo account, as its sign-in would have loaded it. */
    protected RequestPostProcessor signedInAs(String email) {
        return user(accounts.loadUserByUsername(email));
    }
}
