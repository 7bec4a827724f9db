package be.kompas.privacy.web;

import org.jspecify.annotations.Nullable;

import be.kompas.privacy.RetentionPeriod;
import be.kompas.privacy.RetentionUnit;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The DPO's retention form; text fields, so that any input comes back with a message instead of a binding error. */
class RetentionForm {

    @NotNull(message = "{privacy.retention.amount.invalid}")
    @Pattern(regexp = "\\s*[1-9][0-9]{0,3}\\s*", message = "{privacy.retention.amount.invalid}")
    private @Nullable String amount;

    @NotNull(message = "{privacy.retention.unit.invalid}")
    @Pattern(regexp = "DAYS|MONTHS|YEARS", message = "{privacy.retention.unit.invalid}")
    private @Nullable String unit = RetentionUnit.YEARS.name();

    static RetentionForm of(RetentionPeriod period) {
        var form = new RetentionForm();
        form.amount = Integer.toString(period.amount());
        form.unit = period.unit().name();
        return form;
    }

    /** Only after validation passed. */
    RetentionPeriod toPeriod() {
        return new RetentionPeriod(Integer.parseInt(String.valueOf(amount).strip()),
                RetentionUnit.valueOf(String.valueOf(unit)));
    }

    public @Nullable String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }
}
