package uk.earlyhelp.portal.session;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Stay signed in": any signed-in request restarts the session's inactivity clock, so this one need do nothing
 * else. A POST, so it carries the CSRF token like every other change; signed out, it is refused.
 */
@RestController
class KeepAliveController {

    static final String PATH = "/session/keep-alive";

    @PostMapping(PATH)
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
