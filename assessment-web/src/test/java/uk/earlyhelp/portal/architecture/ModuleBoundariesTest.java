package uk.earlyhelp.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module table of DESIGN.md, kept true. */
@AnalyzeClasses(packages = "uk.earlyhelp", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoSpringJpaWebOrThymeleaf = noClasses()
            .that().resideInAnyPackage("uk.earlyhelp.assessment..", "uk.earlyhelp.relationship..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..",
                    "org.thymeleaf..", "org.axonframework.spring..");

    @ArchTest
    static final ArchRule theDomainDependsOnNoOtherModule = noClasses()
            .that().resideInAnyPackage("uk.earlyhelp.assessment..", "uk.earlyhelp.relationship..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "uk.earlyhelp.query..", "uk.earlyhelp.mosaic..", "uk.earlyhelp.portal..", "uk.earlyhelp.feed..");

    @ArchTest
    static final ArchRule readModelsUseOnlyTheDomainsMessages = noClasses()
            .that().resideInAPackage("uk.earlyhelp.query..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.earlyhelp.mosaic..", "uk.earlyhelp.portal..",
                    "uk.earlyhelp.feed..")
            .orShould().dependOnClassesThat().resideInAnyPackage("uk.earlyhelp.assessment", "uk.earlyhelp.relationship")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule mosaicDeliveryUsesOnlyTheDomainsMessages = noClasses()
            .that().resideInAPackage("uk.earlyhelp.mosaic..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.earlyhelp.query..", "uk.earlyhelp.portal..",
                    "uk.earlyhelp.feed..")
            .orShould().dependOnClassesThat().resideInAPackage("uk.earlyhelp.assessment")
            .allowEmptyShould(true);

    /** event-feed: integrators see the domain's events (api) only, never aggregates, read models or the web. */
    @ArchTest
    static final ArchRule theEventFeedUsesOnlyTheDomainsMessages = noClasses()
            .that().resideInAPackage("uk.earlyhelp.feed..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.earlyhelp.query..", "uk.earlyhelp.mosaic..",
                    "uk.earlyhelp.portal..")
            .orShould().dependOnClassesThat().resideInAnyPackage("uk.earlyhelp.assessment", "uk.earlyhelp.relationship",
                    "uk.earlyhelp.assessment.form..")
            .allowEmptyShould(true);

    /** The CloudEvents mapping is the only place the domain's events become integrators' types. */
    @ArchTest
    static final ArchRule onlyTheFeedKnowsCloudEvents = noClasses()
            .that().resideOutsideOfPackage("uk.earlyhelp.feed..")
            .should().dependOnClassesThat().resideInAPackage("io.cloudevents..");

    @ArchTest
    static final ArchRule packagesAreByFeatureNotByLayer = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..manager..",
                    "..common..", "..service..", "..dto..");
}
