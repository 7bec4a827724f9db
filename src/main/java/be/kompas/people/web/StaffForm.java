package be.kompas.people.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new staff member: the editable details plus their first placement. */
public class StaffForm extends StaffEditForm {

    @NotBlank
    @Size(max = 40)
    private String personnelNumber = "";
    @NotBlank
    @Size(max = 60)
    private String grade = "";
    @NotNull
    private @Nullable UUID unit;
    private @Nullable UUID function;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate entryDate;

    public String getPersonnelNumber() {
        return personnelNumber;
    }

    public void setPersonnelNumber(String personnelNumber) {
        this.personnelNumber = personnelNumber;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public @Nullable UUID getUnit() {
        return unit;
    }

    public void setUnit(@Nullable UUID unit) {
        this.unit = unit;
    }

    public @Nullable UUID getFunction() {
        return function;
    }

    public void setFunction(@Nullable UUID function) {
        this.function = function;
    }

    public @Nullable LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(@Nullable LocalDate entryDate) {
        this.entryDate = entryDate;
    }
}
