package uk.earlyhelp.portal.info;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Pages of text only: no controller logic, just a template each (wording in messages.properties). */
@Configuration(proxyBeanMethods = false)
class InformationPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/accessibility").setViewName("pages/info/accessibility");
        registry.addViewController("/privacy").setViewName("pages/info/privacy");
        registry.addViewController("/cookies").setViewName("pages/info/cookies");
    }
}
