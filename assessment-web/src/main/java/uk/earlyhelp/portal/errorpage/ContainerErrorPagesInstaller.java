package uk.earlyhelp.portal.errorpage;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * Puts {@link ContainerErrorPages} in place of every other error report on Tomcat's host, Boot's own included (Boot
 * adds one that hides the server's version but still writes Tomcat's page). Runs after Boot's customizers.
 */
@Component
class ContainerErrorPagesInstaller implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ITemplateEngine> templates;

    ContainerErrorPagesInstaller(ObjectProvider<ITemplateEngine> templates) {
        this.templates = templates;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ContainerErrorPages(templates::getObject));
            // The host adds its default report when none of this class name is in its pipeline.
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ContainerErrorPages.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
