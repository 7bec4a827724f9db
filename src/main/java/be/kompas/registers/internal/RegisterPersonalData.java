package be.kompas.registers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.core.PageRequest;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * The registers' entries for retention and subject-access requests. Purging keeps each entry's date, type and unit,
 * which the yearly statistics and the national aggregate need, and removes who and what was written.
 */
@Component
class RegisterPersonalData implements PersonalDataHolder {

    static final String FORCE = "registers.force-report";
    static final String VIOLENCE = "registers.violence-report";
    static final String GIFT = "registers.gift-declaration";
    static final String ANCILLARY = "registers.ancillary-activity";
    static final String SCREENING = "registers.screening";
    static final String TRAINING = "registers.training-record";
    static final String OATH = "registers.oath-record";
    static final String ALCOHOL_DRUG = "registers.alcohol-drug-test";

    private final ForceRepository force;
    private final ViolenceRepository violence;
    private final GiftRepository gifts;
    private final AncillaryRepository ancillary;
    private final ScreeningRepository screenings;
    private final TrainingRepository training;
    private final OathRepository oaths;
    private final AlcoholDrugRepository alcoholDrug;
    private final StaffDirectory directory;
    private final AuditTrail trail;

    RegisterPersonalData(ForceRepository force, ViolenceRepository violence, GiftRepository gifts,
            AncillaryRepository ancillary, ScreeningRepository screenings, TrainingRepository training,
            OathRepository oaths, AlcoholDrugRepository alcoholDrug, StaffDirectory directory, AuditTrail trail) {
        this.training = training;
        this.oaths = oaths;
        this.alcoholDrug = alcoholDrug;
        this.ancillary = ancillary;
        this.screenings = screenings;
        this.force = force;
        this.violence = violence;
        this.gifts = gifts;
        this.directory = directory;
        this.trail = trail;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(FORCE, "registers.privacy.force-report", true),
                new PersonalRecordType(VIOLENCE, "registers.privacy.violence-report", true),
                new PersonalRecordType(GIFT, "registers.privacy.gift-declaration", true),
                new PersonalRecordType(ANCILLARY, "registers.privacy.ancillary-activity", true),
                new PersonalRecordType(SCREENING, "registers.privacy.screening", true),
                new PersonalRecordType(TRAINING, "registers.privacy.training-record", true),
                new PersonalRecordType(OATH, "registers.privacy.oath-record", true),
                new PersonalRecordType(ALCOHOL_DRUG, "registers.privacy.alcohol-drug-test", true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        var records = new ArrayList<PersonalRecord>();
        for (var member : directory.search(organisation, StaffQuery.text(person), PageRequest.of(0, 50))
                .content()) {
            force.about(organisation, member.id().value()).forEach(r -> records.add(new PersonalRecord(FORCE,
                    r.id().toString(), member.fullName(), r.input().occurredOn(), fields("place", r.input().place(),
                            "reason", r.input().reason(), "status", r.status().name()))));
            violence.about(organisation, member.id().value())
                    .forEach(r -> records.add(new PersonalRecord(VIOLENCE, r.id().toString(), member.fullName(),
                            r.input().occurredOn(), fields("place", r.input().place(), "circumstances",
                                    r.input().circumstances(), "injuries", r.input().injuries()))));
            gifts.about(organisation, member.id().value())
                    .forEach(r -> records.add(new PersonalRecord(GIFT, r.id().toString(), member.fullName(),
                            r.input().receivedOn(), fields("description", r.input().description(), "giver",
                                    r.input().giver(), "value", r.input().estimatedValue().toPlainString()))));
            ancillary.about(organisation, member.id().value()).forEach(r -> records.add(new PersonalRecord(ANCILLARY,
                    r.id().toString(), member.fullName(), null, fields("activity", r.input().activity(), "employer",
                            r.input().employer(), "status", r.status().name()))));
            screenings.about(organisation, member.id().value()).forEach(r -> records
                    .add(new PersonalRecord(SCREENING, r.id().toString(), member.fullName(), r.dueOn(), fields("kind",
                            r.kind().name(), "doneOn", r.doneOn() == null ? "" : r.doneOn().toString(), "outcome",
                            r.outcome() == null ? "" : r.outcome().name(), "note", r.outcomeNote()))));
            training.about(organisation, member.id().value()).forEach(r -> records.add(new PersonalRecord(TRAINING,
                    r.id().toString(), member.fullName(), r.completedOn(), fields("course", r.courseCode(),
                            "unit", r.unitName(), "note", r.note()))));
            oaths.about(organisation, member.id().value()).forEach(r -> records.add(new PersonalRecord(OATH,
                    r.id().toString(), member.fullName(), r.signedOn(), fields("kind", r.kind().name(),
                            "document", r.document(), "unit", r.unitName()))));
            alcoholDrug.about(organisation, member.id().value()).forEach(r -> records.add(new PersonalRecord(
                    ALCOHOL_DRUG, r.id().toString(), member.fullName(), r.input().testedOn(), fields("substance",
                            r.input().substance().name(), "result", r.input().result() == null ? ""
                                    : r.input().result().name(), "values", r.input().values(), "followUp",
                            r.input().followUp().name(), "followUpNote", r.input().followUpNote()))));
        }
        return records;
    }

    private static Map<String, String> fields(String... labelsAndValues) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            fields.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return fields;
    }

    @Override
    @Transactional
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        int purged = switch (recordType) {
            case FORCE -> force.anonymiseBefore(organisation, cutOff);
            case VIOLENCE -> violence.anonymiseBefore(organisation, cutOff);
            case GIFT -> gifts.anonymiseBefore(organisation, cutOff);
            case ANCILLARY -> ancillary.anonymiseBefore(organisation, cutOff);
            case SCREENING -> screenings.deleteDoneBefore(organisation, LocalDate.ofInstant(cutOff,
                    java.time.ZoneOffset.UTC));
            case TRAINING -> training.deleteBefore(organisation, cutOff);
            case OATH -> oaths.deleteBefore(organisation, cutOff);
            case ALCOHOL_DRUG -> alcoholDrug.anonymiseBefore(organisation, cutOff);
            default -> 0;
        };
        if (purged > 0) {
            trail.wrote("registers.anonymised", recordType, organisation, null);
        }
        return purged;
    }
}
