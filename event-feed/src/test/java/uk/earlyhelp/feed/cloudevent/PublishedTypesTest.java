package uk.earlyhelp.feed.cloudevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.relationship.api.LinkGranted;

class PublishedTypesTest {

    @Test
    void everyEventOfTheDomainIsPublishedWithATypeOfItsGroupNameAndRevision() {
        List<Class<?>> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.earlyhelp.assessment.api", "uk.earlyhelp.relationship.api").stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Revision.class)).map(JavaClass::reflect)
                .<Class<?>>map(type -> type).toList();

        assertThat(events).hasSize(24);
        assertThat(PublishedTypes.all()).extracting(PublishedType::payloadType).containsExactlyInAnyOrderElementsOf(events);
        assertThat(PublishedTypes.all()).extracting(PublishedType::type).doesNotHaveDuplicates()
                .allMatch(type -> type.matches("uk\\.earlyhelp\\.(assessment|relationship|delivery)\\.[A-Z][A-Za-z]+\\.v[0-9]+"));
        assertThat(SamplePayloads.all()).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void aTypeCarriesTheEventsCurrentRevisionAndNamesItsGroup() {
        assertThat(PublishedTypes.ofPayload(SectionSaved.class).orElseThrow().type())
                .isEqualTo("uk.earlyhelp.assessment.SectionSaved.v1");
        assertThat(PublishedTypes.ofPayload(MosaicDeliveryFailed.class).orElseThrow().type())
                .isEqualTo("uk.earlyhelp.delivery.MosaicDeliveryFailed.v2");
        assertThat(PublishedTypes.ofType("uk.earlyhelp.relationship.LinkGranted.v1").orElseThrow().payloadType())
                .isEqualTo(LinkGranted.class);
        assertThat(PublishedTypes.ofType("uk.earlyhelp.assessment.SectionSaved.v2")).isEmpty();
    }
}
