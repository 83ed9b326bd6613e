package news.dateline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The package-by-feature rules of DESIGN.md, checked on the compiled classes. */
class FeatureBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("news.dateline");

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        // a cycle means two features can no longer change, or be understood, one at a time
        slices().matching("news.dateline.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void controllersAreNotUsedByOtherFeatures() {
        // a feature's web layer is its own; others go through the feature's root classes
        noClasses().that().resideOutsideOfPackage("news.dateline.article.web..")
                .should().dependOnClassesThat().resideInAPackage("news.dateline.article.web..")
                .allowEmptyShould(true).check(CLASSES);
        noClasses().that().resideOutsideOfPackage("news.dateline.member.web..")
                .should().dependOnClassesThat().resideInAPackage("news.dateline.member.web..")
                .allowEmptyShould(true).check(CLASSES);
        noClasses().that().resideOutsideOfPackage("news.dateline.media.web..")
                .should().dependOnClassesThat().resideInAPackage("news.dateline.media.web..")
                .allowEmptyShould(true).check(CLASSES);
        noClasses().that().resideOutsideOfPackage("news.dateline.ingest.web..")
                .should().dependOnClassesThat().resideInAPackage("news.dateline.ingest.web..")
                .allowEmptyShould(true).check(CLASSES);
        noClasses().that().resideOutsideOfPackage("news.dateline.api.web..")
                .should().dependOnClassesThat().resideInAPackage("news.dateline.api.web..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void repositoriesArePrivateToTheirFeature() {
        // tables belong to one feature; others ask its public services, never its repositories
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void controllersLiveInAWebPackage() {
        classes().that().areAnnotatedWith(Controller.class).should().resideInAPackage("..web..").check(CLASSES);
    }

    @Test
    void nothingDependsOnTheDemoContent() {
        // demo data is an add-on for first starts; the product must work without it
        noClasses().that().resideOutsideOfPackage("news.dateline.demo..")
                .should().dependOnClassesThat().resideInAPackage("news.dateline.demo..")
                .allowEmptyShould(true).check(CLASSES);
    }
}
