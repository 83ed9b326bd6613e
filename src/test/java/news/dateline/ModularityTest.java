package news.dateline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * The package-by-feature rules of DESIGN.md. Spring Modulith checks the boundaries declared in each feature's
 * {@code package-info.java}: no cycles between features, no reach into another feature's sub-packages (its
 * {@code web}, its sub-features) unless they are a declared named interface, and no dependency a feature has not
 * listed in {@code allowedDependencies}. ArchUnit keeps the rules Modulith cannot see.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DatelineApplication.class);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("news.dateline");

    private static final DescribedPredicate<JavaClass> USE_JDBC_CLIENT = DescribedPredicate.describe(
            "use JdbcClient", type -> type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(JdbcClient.class)));

    private static final Path COMMITTED_DOCS = Path.of("docs/modules");

    @Test
    void featuresKeepTheirDeclaredBoundaries() {
        MODULES.verify();
    }

    @Test
    void repositoriesArePrivateToTheirFeature() {
        // tables belong to one feature; others ask its public services, never its repositories
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void sqlRunsOnlyInRepositories() {
        // SQL in one kind of class per feature is what lets TableOwnershipTest see every table a feature names.
        // The change feed and shared secrets are database plumbing that hold no feature's tables.
        classes().that(USE_JDBC_CLIENT)
                .and().doNotHaveFullyQualifiedName("news.dateline.database.ChangeFeed")
                .and().doNotHaveFullyQualifiedName("news.dateline.database.SharedSecrets")
                .should().beAnnotatedWith(Repository.class).andShould().notBePublic()
                .check(CLASSES);
    }

    @Test
    void controllersLiveInAWebPackage() {
        // a web package is internal to its feature, so Modulith keeps every controller private to it
        classes().that().areAnnotatedWith(Controller.class).should().resideInAPackage("..web..").check(CLASSES);
    }

    /**
     * The diagram and module canvases under {@code docs/modules} are generated from the code. Regenerate them with
     * {@code ./mvnw -q test -Dtest=ModularityTest -Ddateline.modules.write=true} after changing a boundary.
     */
    @Test
    void committedModuleDocumentationMatchesTheCode() throws IOException {
        Path generated = Path.of("target/modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (Boolean.getBoolean("dateline.modules.write")) {
            new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(COMMITTED_DOCS.toString()))
                    .writeModulesAsPlantUml()
                    .writeIndividualModulesAsPlantUml()
                    .writeModuleCanvases();
        }
        assertThat(contents(COMMITTED_DOCS))
                .as("docs/modules is out of date: regenerate it (see this test's comment) and commit it")
                .isEqualTo(contents(generated));
    }

    /** Each file's lines, sorted: Documenter writes relations in no fixed order, and order says nothing here. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path.getFileName().toString(),
                        Files.readAllLines(path).stream().sorted().collect(Collectors.joining("\n")));
            }
        }
        return files;
    }
}
