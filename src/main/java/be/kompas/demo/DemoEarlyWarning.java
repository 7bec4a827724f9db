package be.kompas.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import be.kompas.core.PageRequest;
import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;
import be.kompas.earlywarning.EarlyWarning;
import be.kompas.earlywarning.EarlyWarningPermissions;
import be.kompas.earlywarning.ExposureInput;
import be.kompas.earlywarning.RuleInput;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.people.UnitNode;
import be.kompas.people.Units;
import be.kompas.registers.ForceRegister;
import be.kompas.registers.ForceReportInput;
import be.kompas.registers.IncidentType;
import be.kompas.registers.LegalFollowUp;
import be.kompas.registers.ViolenceRegister;
import be.kompas.registers.ViolenceReportInput;
import be.kompas.registers.ViolenceType;
import be.kompas.tenancy.Organisation;

/**
 * Early warning in both zones: intervention teams as one unit type, two half-years of exposure for everyone in
 * service, and an evaluation. In each zone the demo officer files a few use-of-force reports while doing far fewer
 * interventions than their peers, so the normalised rule fires for them (reviewed by the zone's coordinator, not
 * by their line manager); in {@code demo} one intervention inspector also suffers repeated violence on few hours,
 * a support alert.
 */
@Component
class DemoEarlyWarning implements DemoStep {

    private final EarlyWarning earlyWarning;
    private final StaffDirectory directory;
    private final Units units;
    private final ForceRegister force;
    private final ViolenceRegister violence;
    private final Clock clock;

    DemoEarlyWarning(EarlyWarning earlyWarning, StaffDirectory directory, Units units, ForceRegister force,
            ViolenceRegister violence, Clock clock) {
        this.earlyWarning = earlyWarning;
        this.directory = directory;
        this.units = units;
        this.force = force;
        this.violence = violence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load(DemoContext context) {
        fill(context, context.organisation("demo"), "interventie", true, new Random(90));
        fill(context, context.organisation("demo2"), "intervention", false, new Random(91));
    }

    private void fill(DemoContext context, Organisation organisation, String interventionType, boolean violenceAlert,
            Random random) {
        var org = organisation.id();
        String code = organisation.code();
        var coordinator = new KompasUser(context.userIds.get(code + ".coordinator"), code + ".coordinator",
                code + ".coordinator", org, code, organisation.kind(), Set.of(Roles.INTEGRITY_COORDINATOR),
                Set.of(EarlyWarningPermissions.MANAGE), context.staffByUsername.get(code + ".coordinator"),
                organisation.locale());
        var types = new HashMap<UUID, String>();
        for (UnitNode node : units.tree(org)) {
            if (node.unit().code().startsWith("INT-")) {
                types.put(node.unit().id().value(), interventionType);
            }
        }
        earlyWarning.saveSettings(coordinator, Roles.INTEGRITY_COORDINATOR, 12, types);
        if (!violenceAlert) {
            // Nine intervention inspectors: the highest of nine ranks at percentile 94, so 95 could never fire.
            earlyWarning.saveRule(coordinator, new RuleInput("use-of-force-rate", "registers.use-of-force", 6,
                    Denominator.INTERVENTIONS, 3, 90, Combination.AND, 8, true,
                    "Petit service d'intervention : avec 9 pairs, le percentile 95 est inatteignable."));
        }

        LocalDate today = LocalDate.now(clock);
        LocalDate half = today.minusMonths(6);
        UUID officer = context.staffByUsername.get(code + ".officer");
        var staff = directory.search(org, StaffQuery.all(), PageRequest.of(0, PageRequest.MAX_SIZE)).content()
                .stream().filter(StaffMemberSummary::inService).toList();
        var rows = new ArrayList<ExposureInput>();
        StaffMemberSummary tired = null;
        for (StaffMemberSummary member : staff) {
            boolean street = member.functionName() != null
                    && member.functionName().toLowerCase(Locale.ROOT).contains("inspect");
            boolean isOfficer = member.id().value().equals(officer);
            if (street && !isOfficer && tired == null && types.containsKey(member.unitId().value())) {
                tired = member;
            }
            for (LocalDate start : List.of(half.minusMonths(6).plusDays(1), half.plusDays(1))) {
                LocalDate end = start.plusMonths(6).minusDays(1);
                int hours = member == tired ? 260 : 760 + random.nextInt(80);
                int interventions = !street ? 5 + random.nextInt(10) : isOfficer ? 60 : 260 + random.nextInt(160);
                rows.add(new ExposureInput(member.personnelNumber(), start, end, BigDecimal.valueOf(hours),
                        interventions, street ? interventions / 8 : 0));
            }
        }
        earlyWarning.importExposure(coordinator, rows);

        String prefix = "PV " + code.toUpperCase(Locale.ROOT) + "/EW-";
        for (int i = 0; i < 4; i++) {
            force.file(org, new StaffMemberId(officer), new ForceReportInput(today.minusDays(12 + i * 31),
                    "Overpoortstraat", IncidentType.values()[i % IncidentType.values().length], List.of(),
                    List.of("HANDCUFFS", "PHYSICAL_CONTROL"), "Verzet bij arrestatie", "", "", false, true,
                    prefix + i, "Ja", "Ja", "Ja"));
        }
        if (violenceAlert && tired != null) {
            for (int i = 0; i < 4; i++) {
                violence.file(org, tired.id(), new ViolenceReportInput(today.minusDays(9 + i * 37), "Korenmarkt",
                        ViolenceType.values()[i % ViolenceType.values().length], "Kneuzingen", i % 2,
                        "Agressie tijdens een interventie", true, LegalFollowUp.REPORT_DRAWN_UP));
            }
        }
        earlyWarning.evaluateNow(org, "demo");
    }
}
