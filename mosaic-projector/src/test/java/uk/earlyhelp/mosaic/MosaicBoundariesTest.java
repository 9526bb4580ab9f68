package uk.earlyhelp.mosaic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The anti-corruption layer stays one: only the client knows Mosaic's types and how to speak to it. */
@AnalyzeClasses(packages = "uk.earlyhelp.mosaic", importOptions = ImportOption.DoNotIncludeTests.class)
class MosaicBoundariesTest {

    @ArchTest
    static final ArchRule onlyTheClientKnowsMosaicsTypes = noClasses()
            .that().resideOutsideOfPackage("uk.earlyhelp.mosaic.client..")
            .should().dependOnClassesThat().resideInAPackage("uk.earlyhelp.mosaic.client..");

    @ArchTest
    static final ArchRule theDeliveryDecidesWithoutKnowingTheStandIn = noClasses()
            .that().resideInAnyPackage("uk.earlyhelp.mosaic.delivery..", "uk.earlyhelp.mosaic.reconciliation..")
            .should().dependOnClassesThat().resideInAPackage("uk.earlyhelp.mosaic.standin..");

    @ArchTest
    static final ArchRule theStandInIsTheOtherSideOfTheContract = noClasses()
            .that().resideInAPackage("uk.earlyhelp.mosaic.standin..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.earlyhelp.mosaic.delivery..",
                    "uk.earlyhelp.mosaic.client..", "uk.earlyhelp.assessment..");
}
