package ro.semnal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

/** The house rules of ARCHITECTURE.md that a compiler cannot check. */
@AnalyzeClasses(packages = "ro.semnal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles =
            slices().matching("ro.semnal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views talk to services only");

    @ArchTest
    static final ArchRule views_never_open_transactions = noClasses().that().resideInAPackage("..ui..")
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule view_methods_never_open_transactions = noMethods().that().areDeclaredInClassesThat()
            .resideInAPackage("..ui..").should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = classes().that().areAssignableTo(Repository.class)
            .and().areInterfaces().should().notBePublic();

    @ArchTest
    static final ArchRule entities_stay_inside_their_feature = classes().that().areAnnotatedWith(Entity.class)
            .should().notBePublic();
}
