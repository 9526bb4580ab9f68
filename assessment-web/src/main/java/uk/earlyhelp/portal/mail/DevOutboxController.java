package uk.earlyhelp.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The developer's view of the local outbox: every email the portal sent since it started, newest first. Exists only
 * with the outbox; Spring Security lets only requests from this machine (or an administrator) see it.
 */
@Controller
@Profile("!postgres")
@ConditionalOnProperty(name = "portal.mail.dev-outbox.enabled", havingValue = "true")
class DevOutboxController {

    static final String PATH = "/dev/outbox";

    private final GreenMail server;

    private final Clock clock;

    DevOutboxController(GreenMail server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String outbox(Model model) {
        List<OutboxMessage> messages = new ArrayList<>(Arrays.stream(server.getReceivedMessages())
                .map(m -> OutboxMessage.of(m, clock.getZone())).toList());
        Collections.reverse(messages); // the server keeps them in the order they arrived
        model.addAttribute("messages", messages);
        return "pages/dev/outbox";
    }
}
