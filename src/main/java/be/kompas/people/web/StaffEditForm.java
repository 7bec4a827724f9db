package be.kompas.people.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.kompas.people.EmploymentKind;
import be.kompas.people.StaffMemberDetails;
import be.kompas.people.StaffMemberRef;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What changes in place on a staff record; managers are entered by personnel number. */
public class StaffEditForm {

    @NotBlank
    @Size(max = 100)
    private String surname = "";
    @NotBlank
    @Size(max = 100)
    private String givenName = "";
    @NotNull
    private @Nullable EmploymentKind employmentKind = EmploymentKind.PERMANENT;
    private String firstLineManager = "";
    private String secondLineManager = "";
    @Email
    @Size(max = 200)
    private String email = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate exitDate;

    static StaffEditForm of(StaffMemberDetails details) {
        var form = new StaffEditForm();
        form.surname = details.summary().surname();
        form.givenName = details.summary().givenName();
        form.employmentKind = details.summary().employmentKind();
        form.firstLineManager = number(details.firstLineManager());
        form.secondLineManager = number(details.secondLineManager());
        form.email = details.email() == null ? "" : details.email();
        form.exitDate = details.exitDate();
        return form;
    }

    private static String number(@Nullable StaffMemberRef manager) {
        return manager == null ? "" : manager.personnelNumber();
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public @Nullable EmploymentKind getEmploymentKind() {
        return employmentKind;
    }

    public void setEmploymentKind(@Nullable EmploymentKind employmentKind) {
        this.employmentKind = employmentKind;
    }

    public String getFirstLineManager() {
        return firstLineManager;
    }

    public void setFirstLineManager(String firstLineManager) {
        this.firstLineManager = firstLineManager;
    }

    public String getSecondLineManager() {
        return secondLineManager;
    }

    public void setSecondLineManager(String secondLineManager) {
        this.secondLineManager = secondLineManager;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public @Nullable LocalDate getExitDate() {
        return exitDate;
    }

    public void setExitDate(@Nullable LocalDate exitDate) {
        this.exitDate = exitDate;
    }
}
