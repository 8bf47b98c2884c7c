package org.juesuan.ingest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The modules follow the flow, and each third-party library stays behind its adapter package. */
class DependencyRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProduct() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.juesuan");
        // Guard against a vacuous pass: the rules below mean something only over the whole product.
        org.junit.jupiter.api.Assertions.assertTrue(classes.size() > 60, "imported only " + classes.size() + " classes");
    }

    @Test
    void theModelKnowsNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.juesuan.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.juesuan.model..", "java..")
                .check(classes);
    }

    @Test
    void extractionKnowsNeitherOutputNorIngest() {
        noClasses().that().resideInAPackage("org.juesuan.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.juesuan.output..", "org.juesuan.ingest..", "org.apache.camel..")
                .check(classes);
    }

    @Test
    void outputWritesTheModelOnly() {
        noClasses().that().resideInAPackage("org.juesuan.output..")
                .should().dependOnClassesThat().resideInAnyPackage("org.juesuan.extract..", "org.juesuan.ingest..", "org.apache.camel..")
                .check(classes);
    }

    @Test
    void crossYearComparesTheModelOnly() {
        // The review store and the batch call it with documents already read: no reader, writer or route in it.
        noClasses().that().resideInAPackage("org.juesuan.crossyear..")
                .should().dependOnClassesThat().resideInAnyPackage("org.juesuan.extract..", "org.juesuan.output..",
                        "org.juesuan.ingest..", "org.apache..")
                .check(classes);
    }

    @Test
    void tableReadingKnowsOnlyTheModelAndTheStagesBeforeIt() {
        // Between the section structure and the figures: no library, no later stage, no Camel.
        noClasses().that().resideInAPackage("org.juesuan.extract.tables")
                .should().dependOnClassesThat().resideInAnyPackage("org.juesuan.extract.read..",
                        "org.juesuan.extract.figures..", "org.juesuan.extract.statements..", "org.juesuan.extract.check..",
                        "org.juesuan.extract.words..", "org.juesuan.extract.poi..", "org.juesuan.extract.tika..",
                        "org.juesuan.extract.hanlp..", "org.juesuan.extract.opennlp..", "org.apache..", "com.hankcs..")
                .check(classes);
    }

    @Test
    void tikaStaysInItsAdapter() {
        // The benchmark's bare Tika parse is the floor it measures against, so it calls Tika itself.
        noClasses().that().resideOutsideOfPackages("org.juesuan.extract.tika..", "org.juesuan.ingest.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.tika..").check(classes);
    }

    @Test
    void pdfBoxStaysInItsAdapter() {
        // Table geometry (extract.tables.grid) works on our own records, never on PDFBox types.
        noClasses().that().resideOutsideOfPackages("org.juesuan.extract.pdfbox..", "org.juesuan.serve.pdfbox..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }

    @Test
    void camelStaysInTheRoutes() {
        // Thin routes: the processing, settings and benchmark are plain classes the routes call.
        noClasses().that().resideOutsideOfPackage("org.juesuan.ingest.route..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.camel..").check(classes);
    }

    @Test
    void poiStaysInItsAdapter() {
        // output writes its workbooks with its own SpreadsheetML writer: POI reads Word files and serve's export only.
        noClasses().that().resideOutsideOfPackages("org.juesuan.extract.poi..", "org.juesuan.serve.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..").check(classes);
    }

    @Test
    void hanLpStaysInItsAdapter() {
        noClasses().that().resideOutsideOfPackage("org.juesuan.extract.hanlp..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..").check(classes);
    }

    @Test
    void openNlpStaysInItsAdapter() {
        noClasses().that().resideOutsideOfPackage("org.juesuan.extract.opennlp..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..").check(classes);
    }

    @Test
    void theStoreKnowsOnlyTheModel() {
        // The store keeps the model's findings; it reads no document and serves nothing.
        noClasses().that().resideInAPackage("org.juesuan.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.juesuan.extract..", "org.juesuan.output..",
                        "org.juesuan.serve..", "org.juesuan.ingest..", "io.javalin..")
                .check(classes);
    }

    @Test
    void theServerReadsDocumentsOnlyThroughItsPort() {
        // serve checks uploads through DocumentChecker, which ingest fills; it never reads a document itself.
        noClasses().that().resideInAPackage("org.juesuan.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.juesuan.extract..", "org.juesuan.ingest..",
                        "org.apache.camel..")
                .check(classes);
    }

    @Test
    void databaseLibrariesStayInTheStoreAdapter() {
        noClasses().that().resideOutsideOfPackage("org.juesuan.store.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..", "com.zaxxer..")
                .check(classes);
    }

    @Test
    void theHttpServerStaysInServe() {
        noClasses().that().resideOutsideOfPackage("org.juesuan.serve..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void passwordHashingStaysInItsAdapter() {
        noClasses().that().resideOutsideOfPackage("org.juesuan.serve.bcrypt..")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .check(classes);
    }
}
