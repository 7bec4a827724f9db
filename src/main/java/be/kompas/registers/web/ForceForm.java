package be.kompas.registers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.registers.ForceReport;
import be.kompas.registers.ForceReportInput;
import be.kompas.registers.IncidentType;
import be.kompas.tenancy.OrganisationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The use-of-force form; colleagues involved are typed as personnel numbers, separated by commas. */
class ForceForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate occurredOn;
    @NotBlank
    @Size(max = 200)
    private String place = "";
    @NotNull
    private @Nullable IncidentType incidentType;
    @Size(max = 400)
    private String involved = "";
    private List<String> means = new ArrayList<>();
    @NotBlank
    @Size(max = 4000)
    private String reason = "";
    @Size(max = 2000)
    private String subjectInjuries = "";
    @Size(max = 2000)
    private String staffInjuries = "";
    private boolean medicalCare;
    private boolean bodyCamera;
    @Size(max = 200)
    private String incidentReport = "";
    @Size(max = 2000)
    private String wentWell = "";
    @Size(max = 2000)
    private String didWell = "";
    @Size(max = 2000)
    private String wouldRepeat = "";

    static ForceForm of(ForceReport report, List<String> involvedNumbers) {
        var input = report.input();
        var form = new ForceForm();
        form.occurredOn = input.occurredOn();
        form.place = input.place();
        form.incidentType = input.incidentType();
        form.involved = String.join(", ", involvedNumbers);
        form.means = new ArrayList<>(input.means());
        form.reason = input.reason();
        form.subjectInjuries = input.subjectInjuries();
        form.staffInjuries = input.staffInjuries();
        form.medicalCare = input.medicalCare();
        form.bodyCamera = input.bodyCamera();
        form.incidentReport = input.incidentReport();
        form.wentWell = input.wentWell();
        form.didWell = input.didWell();
        form.wouldRepeat = input.wouldRepeat();
        return form;
    }

    /** @return empty when a personnel number is unknown, after marking the field */
    Optional<ForceReportInput> input(StaffDirectory directory, OrganisationId organisation,
            org.springframework.validation.BindingResult binding) {
        var ids = new ArrayList<StaffMemberId>();
        for (String number : Arrays.stream(involved.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()) {
            var found = directory.findByPersonnelNumber(organisation, number);
            if (found.isEmpty()) {
                binding.rejectValue("involved", "registers.invalid.personnelNumber", new Object[] { number }, null);
                return Optional.empty();
            }
            found.map(StaffMemberSummary::id).ifPresent(ids::add);
        }
        return Optional.of(new ForceReportInput(occurredOn, place.strip(), incidentType, ids, means, reason.strip(),
                subjectInjuries.strip(), staffInjuries.strip(), medicalCare, bodyCamera, incidentReport.strip(),
                wentWell.strip(), didWell.strip(), wouldRepeat.strip()));
    }

    public @Nullable LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(@Nullable LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public @Nullable IncidentType getIncidentType() {
        return incidentType;
    }

    public void setIncidentType(@Nullable IncidentType incidentType) {
        this.incidentType = incidentType;
    }

    public String getInvolved() {
        return involved;
    }

    public void setInvolved(String involved) {
        this.involved = involved;
    }

    public List<String> getMeans() {
        return means;
    }

    public void setMeans(List<String> means) {
        this.means = means;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSubjectInjuries() {
        return subjectInjuries;
    }

    public void setSubjectInjuries(String subjectInjuries) {
        this.subjectInjuries = subjectInjuries;
    }

    public String getStaffInjuries() {
        return staffInjuries;
    }

    public void setStaffInjuries(String staffInjuries) {
        this.staffInjuries = staffInjuries;
    }

    public boolean isMedicalCare() {
        return medicalCare;
    }

    public void setMedicalCare(boolean medicalCare) {
        this.medicalCare = medicalCare;
    }

    public boolean isBodyCamera() {
        return bodyCamera;
    }

    public void setBodyCamera(boolean bodyCamera) {
        this.bodyCamera = bodyCamera;
    }

    public String getIncidentReport() {
        return incidentReport;
    }

    public void setIncidentReport(String incidentReport) {
        this.incidentReport = incidentReport;
    }

    public String getWentWell() {
        return wentWell;
    }

    public void setWentWell(String wentWell) {
        this.wentWell = wentWell;
    }

    public String getDidWell() {
        return didWell;
    }

    public void setDidWell(String didWell) {
        this.didWell = didWell;
    }

    public String getWouldRepeat() {
        return wouldRepeat;
    }

    public void setWouldRepeat(String wouldRepeat) {
        this.wouldRepeat = wouldRepeat;
    }
}
