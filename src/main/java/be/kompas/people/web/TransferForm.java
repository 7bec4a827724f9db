package be.kompas.people.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class TransferForm {

    @NotNull
    private @Nullable UUID unit;
    private @Nullable UUID function;
    @NotBlank
    @Size(max = 60)
    private String grade = "";
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;

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

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public void setFrom(@Nullable LocalDate from) {
        this.from = from;
    }
}
