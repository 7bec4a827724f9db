package be.kompas.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import be.kompas.core.PageRequest;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.registers.AlcoholDrugTestInput;
import be.kompas.registers.AlcoholDrugTests;
import be.kompas.registers.DrawRequest;
import be.kompas.registers.OathKind;
import be.kompas.registers.OathRegister;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.SubstanceKind;
import be.kompas.registers.TestFollowUp;
import be.kompas.registers.TestResult;
import be.kompas.registers.TrainingRegister;
import be.kompas.tenancy.Organisation;

/**
 * Training and oath records for {@code demo} and {@code demo2} (most staff followed the induction course and took the
 * oath, some did not, so that the lists of who is due have names), and in {@code demo}, which runs them (see
 * {@link DemoRegisters}), one random draw of alcohol and drug tests with its results.
 */
@Component
class DemoTrainingAndTests implements DemoStep {

    private final TrainingRegister training;
    private final OathRegister oaths;
    private final AlcoholDrugTests tests;
    private final StaffDirectory directory;
    private final Clock clock;

    DemoTrainingAndTests(TrainingRegister training, OathRegister oaths, AlcoholDrugTests tests,
            StaffDirectory directory, Clock clock) {
        this.training = training;
        this.oaths = oaths;
        this.tests = tests;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public void load(DemoContext context) {
        var demo = context.organisation("demo");
        fill(context, demo, "Waardendocument RIT naar 100% (FL)IK", new Random(65));
        fill(context, context.organisation("demo2"), "Code de déontologie", new Random(66));
        drawTests(context, demo, new Random(67));
    }

    private void fill(DemoContext context, Organisation organisation, String valuesDocument, Random random) {
        var hr = DemoRegisters.user(context, organisation.code() + ".care", organisation,
                RegisterPermissions.TRAINING_MANAGE);
        var today = LocalDate.now(clock);
        var courses = List.of("O3", "O4", "O6", "O7", "O9");
        for (var member : staff(organisation)) {
            int roll = random.nextInt(10);
            if (roll < 8) {
                training.record(hr, member.id(), "O1", today.minusDays(30 + random.nextInt(1500)), "");
                oaths.record(hr, member.id(), roll == 0 ? OathKind.AFFIRMATION : OathKind.OATH, "",
                        today.minusDays(200 + random.nextInt(3000)));
            }
            if (roll < 5) {
                training.record(hr, member.id(), DemoRegisters.pick(courses, random),
                        today.minusDays(random.nextInt(500)), roll == 1 ? "Sessie met casus uit de eigen ploeg" : "");
            }
            if (roll % 3 == 0) {
                oaths.record(hr, member.id(), OathKind.VALUES_DOCUMENT, valuesDocument,
                        today.minusDays(random.nextInt(700)));
            }
        }
    }

    /** One draw of about a tenth of the corps a few weeks ago, with its results; one positive and one not done. */
    private void drawTests(DemoContext context, Organisation organisation, Random random) {
        var care = DemoRegisters.user(context, organisation.code() + ".care", organisation,
                RegisterPermissions.ALCOHOL_DRUG_TESTS);
        var testOn = LocalDate.now(clock).minusDays(20);
        var draw = tests.draw(care, new DrawRequest(null, 10, null, SubstanceKind.ALCOHOL, testOn));
        var drawn = tests.ofDraw(care, draw);
        for (int i = 0; i < drawn.size(); i++) {
            var result = i == 0 ? TestResult.POSITIVE : i == 1 ? TestResult.NOT_PERFORMED : TestResult.NEGATIVE;
            tests.recordResult(care, drawn.get(i).id(), new AlcoholDrugTestInput(SubstanceKind.ALCOHOL, testOn,
                    result, i == 0 ? "0,28 mg/l UAL" : i == 1 ? "" : "0,00 mg/l UAL",
                    i == 0 ? TestFollowUp.CONVERSATION : TestFollowUp.NONE,
                    i == 0 ? "Gesprek met de leidinggevende van personeelszorg; hulp aangeboden." : i == 1
                            ? "Met verlof op de dag van de test." : ""));
        }
        var someone = DemoRegisters.pick(staff(organisation), random);
        tests.record(care, someone.id(), new AlcoholDrugTestInput(SubstanceKind.DRUGS, testOn.minusDays(60),
                TestResult.NEGATIVE, "", TestFollowUp.NONE, ""));
    }

    private List<StaffMemberSummary> staff(Organisation organisation) {
        return directory.search(organisation.id(), StaffQuery.all(), PageRequest.of(0, PageRequest.MAX_SIZE))
                .content().stream().filter(StaffMemberSummary::inService).toList();
    }
}
