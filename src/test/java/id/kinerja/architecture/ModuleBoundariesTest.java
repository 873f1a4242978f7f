package id.kinerja.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The top-level packages under {@code id.kinerja} are the modules (see docs/architecture.md).
 * These rules keep them honest: the scoring engine and the framework model are a plain library,
 * the modules form no cycle, and only the application's entry point knows the command line.
 */
class ModuleBoundariesTest {

    static JavaClasses imported;

    @BeforeAll
    static void importClasses() {
        imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.kinerja");
    }

    @Test
    void theEngineIsPlainJavaOverTheFrameworkModel() {
        classes()
                .that()
                .resideInAPackage("id.kinerja.scoring..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("id.kinerja.scoring..", "id.kinerja.framework..", "java..")
                .because("docs/domain.md §4 is implemented as a plain library: no Spring, no database")
                .check(imported);
    }

    @Test
    void theFrameworkModelAndLoaderArePlainJava() {
        classes()
                .that()
                .resideInAPackage("id.kinerja.framework..")
                .and()
                .doNotHaveSimpleName("FrameworkCatalog")
                .and()
                .doNotHaveSimpleName("FrameworkVersion")
                .and()
                .doNotHaveSimpleName("FrameworkVersionRepository")
                .and()
                .doNotHaveSimpleName("FrameworkProperties")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("id.kinerja.framework..", "java..", "org.yaml.snakeyaml..")
                .because("a year's framework is a data file read by a plain loader")
                .check(imported);
    }

    @Test
    void theEngineDoesNotReachIntoTheSpringCatalog() {
        noClasses()
                .that()
                .resideInAPackage("id.kinerja.scoring..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("FrameworkCatalog")
                .check(imported);
    }

    @Test
    void sqlLivesInTheModulesInternalRepositories() {
        noClasses()
                .that()
                .resideOutsideOfPackages("id.kinerja..internal..", "id.kinerja.database..")
                .and()
                .resideInAPackage("id.kinerja..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc.core..")
                .because("a module's API is its services and records; its SQL is in its internal repositories")
                .check(imported);
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("id.kinerja.(*)..").should().beFreeOfCycles().check(imported);
    }

    @Test
    void onlyTheEntryPointStartsTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("id.kinerja.cli..")
                .and()
                .doNotHaveSimpleName("KinerjaApplication")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("id.kinerja.cli..")
                .check(imported);
    }
}
