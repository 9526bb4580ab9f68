package uk.earlyhelp.portal.relationship.csvimport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.security.PortalUser;

/** "Import child records from a CSV file" and the report of what it did (coordinators only: /coordinator/**). */
@Controller
class CsvImportController {

    static final String PATH = "/coordinator/children/import";

    private final CsvImport importer;
    private final MessageSource messages;
    private final DataSize maxSize;

    CsvImportController(CsvImport importer, MessageSource messages,
                        @Value("${portal.children.csv-max-size:1MB}") DataSize maxSize) {
        this.importer = importer;
        this.messages = messages;
        this.maxSize = maxSize;
    }

    @GetMapping(PATH)
    String form(Model model) {
        FormErrors.noneIn(model);
        return page(model);
    }

    @PostMapping(PATH)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal PortalUser coordinator, Model model, Locale locale,
                  HttpServletResponse response) throws IOException {
        FormErrors errors = new FormErrors(messages, locale);
        if (file == null || file.isEmpty()) {
            errors.add("file", "children.import.error.missing");
            return refused(errors, HttpServletResponse.SC_BAD_REQUEST, model, response);
        }
        if (file.getSize() > maxSize.toBytes()) {
            return tooLarge(errors, model, response);
        }
        ChildCsv.Result csv = ChildCsv.read(file.getBytes());
        if (csv.fileRefused()) {
            errors.addText("file", csv.problems().get(0).message());
            return refused(errors, HttpServletResponse.SC_BAD_REQUEST, model, response);
        }
        model.addAttribute("report", importer.run(coordinator, csv));
        return "pages/children/import-report";
    }

    String tooLarge(FormErrors errors, Model model, HttpServletResponse response) {
        errors.add("file", "children.import.error.tooLarge", maxSize.toKilobytes() / 1024);
        return refused(errors, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, model, response);
    }

    private String refused(FormErrors errors, int status, Model model, HttpServletResponse response) {
        errors.addTo(model);
        response.setStatus(status);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", ChildCsv.COLUMNS);
        model.addAttribute("maxMegabytes", maxSize.toKilobytes() / 1024);
        return "pages/children/import";
    }
}
