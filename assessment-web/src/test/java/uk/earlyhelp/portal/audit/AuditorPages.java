package uk.earlyhelp.portal.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** An auditor's page as text (HTML entities decoded, so tests can look for the words shown), which must answer 200. */
final class AuditorPages {

    private AuditorPages() {
    }

    static String page(MockMvc mvc, RequestPostProcessor auditor, String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
