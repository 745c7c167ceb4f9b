package be.hotline.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.InetAddress;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The layering the README promises: the core knows nothing of Camel, Jetty or servlets. */
class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.hotline.gateway");

    @Test
    void theProductionClassesAreImported() {
        assertThat(GATEWAY.containPackage("be.hotline.gateway.report")).isTrue();
        assertThat(GATEWAY.contain("be.hotline.gateway.report.ReportValidator")).isTrue();
        assertThat(GATEWAY.contain("be.hotline.gateway.ArchitectureTest")).isFalse();
    }

    @Test
    void theCoreDependsOnNoCamelJettyOrServletClass() {
        noClasses().that().resideInAnyPackage("be.hotline.gateway.report..", "be.hotline.gateway.intake..",
                        "be.hotline.gateway.partner..", "be.hotline.gateway.format..", "be.hotline.gateway.store..",
                        "be.hotline.gateway.pki..", "be.hotline.gateway.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(GATEWAY);
    }

    @Test
    void routingAndTheDeliveryOutboxDependOnNoCamelJettyOrServletClassEither() {
        noClasses().that().resideInAnyPackage("be.hotline.gateway.routing..", "be.hotline.gateway.delivery..",
                        "be.hotline.gateway.outbox..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(GATEWAY);
    }

    @Test
    void theReportModelDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("be.hotline.gateway.report..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("be.hotline.gateway.report..", "java..")
                .check(GATEWAY);
    }

    @Test
    void theReportRulesNeverResolveHostNames() {
        noClasses().that().resideInAPackage("be.hotline.gateway.report..")
                .should().dependOnClassesThat().belongToAnyOf(InetAddress.class, URL.class)
                .check(GATEWAY);
    }

    @Test
    void theTopLevelPackagesHaveNoDependencyCycles() {
        slices().matching("be.hotline.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }
}
