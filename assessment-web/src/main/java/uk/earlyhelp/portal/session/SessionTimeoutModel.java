package uk.earlyhelp.portal.session;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the session's timings as {@code sessionTimeout}, for the layout's warning before the time-out. */
@ControllerAdvice
class SessionTimeoutModel {

    private final SessionTimeoutPage page;

    SessionTimeoutModel(SessionProperties properties) {
        this.page = new SessionTimeoutPage(properties.timeout().toSeconds(), properties.warningBefore().toSeconds(),
                KeepAliveController.PATH);
    }

    @ModelAttribute("sessionTimeout")
    SessionTimeoutPage sessionTimeout() {
        return page;
    }
}
