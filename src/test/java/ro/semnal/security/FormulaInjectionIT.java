package ro.semnal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Registration;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.certificates.CertificateFilter;
import ro.semnal.certificates.CertificateService;
import ro.semnal.cohorts.CohortDashboard;
import ro.semnal.cohorts.CohortForm;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * The attacker registers with an institution that is a spreadsheet formula and waits for a trainer or a
 * coordinator to open an export. No cell of any export may start like a formula, and XLSX cells are text.
 */
@SpringBootTest
@Import(MutableClockConfig.class)
class FormulaInjectionIT {

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://evil.example\";\"Click\")", "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1 tab", "\r=1+1 cr");

    @Autowired
    AccountService accounts;
    @Autowired
    LearningService learning;
    @Autowired
    CohortService cohorts;
    @Autowired
    CohortDashboard dashboard;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static void assertNoFormula(String cell, String where) {
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as("%s starts like a formula: %s", where,
                cell).isTrue();
    }

    /** The cells of a Semnal CSV (UTF-8 with a BOM, ';', every cell quoted). */
    private static List<String> csvCells(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && (c == ';' || c == '\n')) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (quoted || c != '\r') {
                cell.append(c);
            }
        }
        return cells;
    }

    @Test
    void no_cell_of_the_cohort_dashboard_or_certificate_exports_starts_like_a_formula() throws Exception {
        UserAccount trainer = users.create("Formator Export", Role.TRAINER);
        Set<Long> learners = new HashSet<>();
        for (String formula : FORMULAS) {
            UserAccount learner = accounts.create(new Registration("Ana Formula", TestUsers.uniqueEmail("formula"),
                    TestUsers.PASSWORD, TestUsers.PASSWORD, Profession.TEACHER, formula, County.CJ, Language.RO),
                    Set.of(Role.LEARNER));
            learners.add(learner.id());
            signIn.as(learner);
            learning.enrol("lessons-only");
            for (String lesson : List.of("intro", "signs", "referral")) {
                learning.openLesson("lessons-only", lesson);
                learning.markLessonDone("lessons-only", lesson);
            }
        }
        signIn.as(trainer);
        CohortSummary cohort = cohorts.create(new CohortForm("Grupa Export", Set.of("lessons-only"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 20, Set.of(trainer.id()), 0));
        cohorts.addMembers(cohort.id(), learners);

        List<String> dashboardCells = csvCells(dashboard.csv(cohort.id(), Language.RO));
        assertThat(dashboardCells).as("the hostile values are exported").anyMatch(c -> c.contains("HYPERLINK"))
                .anyMatch(c -> c.contains("1+1 tab"));
        dashboardCells.forEach(cell -> assertNoFormula(cell, "dashboard CSV"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(dashboard.xlsx(cohort.id(), Language.EN)))) {
            int seen = 0;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertNoFormula(cell.getStringCellValue(), "dashboard XLSX");
                    seen += cell.getStringCellValue().contains("cmd|") ? 1 : 0;
                }
            }
            assertThat(seen).as("the hostile values are exported").isEqualTo(3);
        }

        signIn.as(users.create("Coordonator Export", Role.COORDINATOR));
        List<String> certificateCells = csvCells(certificates.csv(CertificateFilter.none(), Language.RO));
        assertThat(certificateCells).anyMatch(c -> c.contains("HYPERLINK")).anyMatch(c -> c.contains("1+1 cr"));
        certificateCells.forEach(cell -> assertNoFormula(cell, "certificates CSV"));
    }
}
