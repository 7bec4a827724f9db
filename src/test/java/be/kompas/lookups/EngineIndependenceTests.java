package be.kompas.lookups;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The look-up engine runs on the command line and in Kafka Streams, so it must not need Spring or the web app. */
class EngineIndependenceTests {

    @Test
    void engineGeneratorBenchAndStreamsUseNoSpringAndNoOtherModule() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.kompas.lookups.engine", "be.kompas.lookups.generator", "be.kompas.lookups.bench",
                        "be.kompas.lookups.streams");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .orShould().dependOnClassesThat().resideInAnyPackage("be.kompas.identity..", "be.kompas.audit..",
                        "be.kompas.people..", "be.kompas.web..")
                .check(classes);
    }
}
