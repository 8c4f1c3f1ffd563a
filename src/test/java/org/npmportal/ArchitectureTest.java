package org.npmportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "org.npmportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call one application service, which owns the transaction and the access rule");

    @ArchTest
    static final ArchRule services_never_use_vaadin = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("services are used by the UI, the API and scheduled jobs alike");

    @ArchTest
    static final ArchRule only_ui_packages_hold_vaadin_routes = classes()
            .that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
            .should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("org.npmportal.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.npmportal.base..")
            .should().dependOnClassesThat().resideInAnyPackage("org.npmportal.security..",
                    "org.npmportal.directory..", "org.npmportal.audit..", "org.npmportal.mail..",
                    "org.npmportal.shell..")
            .because("features build on base, never the other way round");
}
